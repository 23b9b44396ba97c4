import { useI18n } from 'vue-i18n';

/** Asks before an action that cannot be taken back; true when the user confirmed. */
export function useConfirm() {
  const { t } = useI18n();

  return async function confirm(options: { message: string; title: string; confirmText: string; danger?: boolean }): Promise<boolean> {
    try {
      await ElMessageBox.confirm(options.message, options.title, {
        type: 'warning',
        confirmButtonText: options.confirmText,
        cancelButtonText: t('common.cancel'),
        ...(options.danger === false ? {} : { confirmButtonClass: 'el-button--danger' }),
      });
      return true;
    } catch {
      return false;
    }
  };
}
