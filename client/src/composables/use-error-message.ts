import { useI18n } from 'vue-i18n';
import { isApiError } from '@/api/api-error';
import type { MessageKey } from '@/locales/message-key';

/** Error codes are i18n keys (errors.codes.<CODE>); an unknown code shows the server's message. */
export function useErrorMessage() {
  const { t, te } = useI18n();

  function describe(error: unknown): string {
    if (isApiError(error)) {
      const key = `errors.codes.${error.code}`;
      return te(key) ? t(key as MessageKey) : error.message;
    }
    return t('errors.codes.UNEXPECTED');
  }

  return { describe };
}
