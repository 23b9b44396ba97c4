import { useI18n } from 'vue-i18n';
import { isApiError } from '@/api/api-error';

/** A 409 STALE_VERSION: someone saved the record after this user opened it. */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error) && error.code === 'STALE_VERSION';
}

/** Asks whether to load the other user's version; this user's unsaved edits would be dropped. */
export function useStaleVersionPrompt() {
  const { t } = useI18n();

  return async function confirmReload(): Promise<boolean> {
    try {
      await ElMessageBox.confirm(t('errors.staleMessage'), t('errors.staleTitle'), {
        type: 'warning',
        confirmButtonText: t('common.reload'),
        cancelButtonText: t('common.keepEditing'),
        closeOnClickModal: false,
      });
      return true;
    } catch {
      return false;
    }
  };
}
