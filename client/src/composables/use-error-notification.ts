import { CLIENT_ERROR_CODES, isApiError } from '@/api/api-error';
import { useErrorMessage } from './use-error-message';

/**
 * Shows a failed action's error as a message. Kept apart from useErrorMessage so the login page,
 * which shows errors inline, does not load the message component.
 */
export function useErrorNotification() {
  const { describe } = useErrorMessage();

  /** An ended session needs no message: the login page follows. */
  function notify(error: unknown): void {
    if (isApiError(error) && error.code === CLIENT_ERROR_CODES.sessionExpired) return;
    ElMessage.error({ message: describe(error), grouping: true });
  }

  return { notify };
}
