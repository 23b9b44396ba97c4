import type { AppLocaleKey, CreateUserBody, UpdateUserBody, User } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';

/** What the user form edits. The password is set on creation only; later through a reset. */
export interface UserFormModel {
  username: string;
  displayName: string;
  email: string;
  teamId: number | undefined;
  roles: string[];
  locale: AppLocaleKey;
  password: string;
}

export const USER_FORM_FIELDS = [
  'username',
  'displayName',
  'email',
  'teamId',
  'roles',
  'locale',
  'password',
] as const satisfies ReadonlyArray<keyof UserFormModel>;

export function toUserFormModel(user?: User | null): UserFormModel {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    email: user?.email ?? '',
    teamId: user?.team.id,
    roles: [...(user?.roles ?? [])],
    locale: user?.locale ?? 'zh-CN',
    password: '',
  };
}

export function toCreateUserBody(model: UserFormModel): CreateUserBody {
  const email = blankToNull(model.email);
  return {
    username: model.username.trim(),
    displayName: model.displayName.trim(),
    ...(email ? { email } : {}),
    teamId: model.teamId ?? 0,
    roles: [...model.roles],
    locale: model.locale,
    password: model.password,
  };
}

/** Only what changed, with the version that was read; roles are compared as a set. */
export function toUpdateUserBody(original: UserFormModel, edited: UserFormModel, version: number): UpdateUserBody {
  const editable = (model: UserFormModel) => ({
    displayName: model.displayName.trim(),
    email: blankToNull(model.email),
    teamId: model.teamId,
    roles: [...model.roles].sort(),
    locale: model.locale,
  });
  return { ...changedFields(editable(original), editable(edited)), version };
}
