import type { FormRules } from 'element-plus';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { email, maxLength, password, required } from '@/utils/form-rules';
import type { UserFormModel } from './user-form-model';

/** The user form's rules; the password only when a user is created. */
export function useUserFormRules(isEdit: Ref<boolean>) {
  const { t } = useI18n();
  const tooLong = (max: number) => maxLength(max, t('validation.maxLength', { max }));

  return computed<FormRules<UserFormModel>>(() => ({
    username: [required(t('validation.required')), { pattern: /^[A-Za-z0-9._-]{2,60}$/, message: t('users.usernameRule'), trigger: 'blur' }],
    displayName: [required(t('validation.required')), tooLong(100)],
    email: [email(t('validation.email')), tooLong(200)],
    teamId: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    roles: [{ type: 'array', required: true, min: 1, message: t('users.rolesRequired'), trigger: 'change' }],
    password: isEdit.value ? [] : [required(t('validation.required')), password(t('validation.password'))],
  }));
}
