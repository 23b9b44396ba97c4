import { ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { isApiError } from '@/api/api-error';
import { useErrorNotification } from './use-error-notification';
import { useServerErrors } from './use-server-errors';
import { isStaleVersion, useStaleVersionPrompt } from './use-stale-version';

interface FormSubmissionOptions<M extends object> {
  model: M;
  /**
   * The fields the form shows, where server problems land. A nested field is a dotted path
   * ("customFields.size"); the list may change while the form is open.
   */
  fields: MaybeRefOrGetter<ReadonlyArray<(keyof M & string) | `${keyof M & string}.${string}`>>;
  /** Loads the record as the server has it now, replacing the user's edits (forms of versioned records). */
  reload?: () => Promise<void>;
  /** A form's own handling of an error (true: handled, nothing else is shown). */
  handle?: (error: unknown) => boolean;
}

/** The value at a dotted path of the model. */
function valueAt(model: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), model);
}

/**
 * What a record form does with the server's answer: validation problems go onto their fields
 * (and leave once the field is edited), a stale version offers to reload, anything else is
 * shown as a message.
 */
export function useFormSubmission<M extends object>(options: FormSubmissionOptions<M>) {
  const serverErrors = useServerErrors(options.fields);
  const saving = ref(false);
  /** The record changed on the server since it was opened; saving is refused until reloaded. */
  const stale = ref(false);
  /** Problems with fields the form does not show. */
  const otherProblems = ref('');
  const { notify } = useErrorNotification();
  const confirmReload = useStaleVersionPrompt();

  // Compared as JSON, so a list or a nested value that changed in place counts as changed.
  watch(
    () => Object.fromEntries(toValue(options.fields).map((field) => [field, JSON.stringify(valueAt(options.model, field))])),
    (now, before) => {
      for (const field of Object.keys(now)) if (now[field] !== before[field]) serverErrors.dismiss(field);
    },
  );

  function resetState(): void {
    stale.value = false;
    otherProblems.value = '';
    serverErrors.clear();
  }

  /** Runs the save; true when it succeeded. */
  async function submit(save: () => Promise<void>): Promise<boolean> {
    saving.value = true;
    otherProblems.value = '';
    try {
      await save();
      return true;
    } catch (error) {
      if (options.handle?.(error)) return false;
      if (isApiError(error) && error.fieldProblems.length) {
        const unplaced = serverErrors.show(error.fieldProblems);
        otherProblems.value = unplaced.map((problem) => `${problem.field}: ${problem.reason}`).join('; ');
      } else if (isStaleVersion(error)) {
        stale.value = true;
        if (options.reload && (await confirmReload())) await options.reload();
      } else {
        notify(error);
      }
      return false;
    } finally {
      saving.value = false;
    }
  }

  return { fieldErrors: serverErrors.errors, saving, stale, otherProblems, resetState, submit };
}
