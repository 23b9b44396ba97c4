import type { FormInstance } from 'element-plus';
import { computed, reactive, watch, type Ref, type UnwrapRef } from 'vue';
import type { CustomField, CustomFieldValues } from '@/api/types';
import { toInputs, type CustomInputs } from '@/utils/custom-fields';
import { useErrorNotification } from './use-error-notification';
import { useFormSubmission } from './use-form-submission';

interface RecordFormOptions<R extends { id: number; version: number }, M extends object> {
  /** The dialog's v-model: the form starts again from the record each time it opens. */
  visible: Ref<boolean>;
  /** The dialog's el-form, for its rules and for clearing their messages. */
  form: Ref<FormInstance | undefined>;
  /** The record being edited; none for a new one. */
  record: () => R | null | undefined;
  toModel: (record: R | null | undefined) => M;
  /**
   * The fields the form shows, where server problems land (see useFormSubmission). A function
   * gets the model, for paths that depend on it (a line's `lines.<i>.quantity`).
   */
  fields: readonly string[] | ((model: M) => readonly string[]);
  /** Reads the record as the server has it now (after a stale-version answer). */
  fetch: (id: number) => Promise<R>;
  /** The record's custom fields: inputs for definitions that arrive after the form opened. */
  customFields?: () => readonly CustomField[];
}

/**
 * The state every record dialog keeps: the edited model, the model as opened (to send only what
 * changed) and the version read, reset when the dialog opens and reloaded after a 409; the
 * server's answer lands on the fields through useFormSubmission.
 */
export function useRecordForm<R extends { id: number; version: number; customFields?: CustomFieldValues }, M extends object>(
  options: RecordFormOptions<R, M>,
) {
  const { notify } = useErrorNotification();
  const formRef = options.form;
  const model = reactive(options.toModel(undefined)) as UnwrapRef<M> & M;
  let original = options.toModel(undefined);
  let version = 0;
  const isEdit = computed(() => !!options.record());

  const submission = useFormSubmission<M>({
    model,
    fields: () => (typeof options.fields === 'function' ? options.fields(model) : options.fields) as never,
    reload,
  });

  function reset(record: R | null | undefined): void {
    Object.assign(model, options.toModel(record));
    original = options.toModel(record);
    version = record?.version ?? 0;
    submission.resetState();
    formRef.value?.clearValidate();
  }

  async function reload(): Promise<void> {
    const record = options.record();
    if (!record) return;
    try {
      reset(await options.fetch(record.id));
    } catch (error) {
      notify(error);
    }
  }

  watch(options.visible, (open) => {
    if (open) reset(options.record());
  });

  if (options.customFields) {
    const definitions = options.customFields;
    watch(definitions, (fields) => {
      const inputs = (model as { customFields?: CustomInputs }).customFields;
      const opened = (original as { customFields?: CustomInputs }).customFields;
      for (const [key, input] of Object.entries(toInputs(fields, options.record()?.customFields))) {
        if (inputs && !(key in inputs)) inputs[key] = input;
        if (opened && !(key in opened)) opened[key] = input;
      }
    });
  }

  /** Checks the form's rules, then saves; closes the dialog when the server accepted it. */
  async function confirm(save: (original: M, version: number) => Promise<void>): Promise<void> {
    if (!(await formRef.value?.validate().catch(() => false))) return;
    if (await submission.submit(() => save(original, version))) options.visible.value = false;
  }

  return { model, isEdit, reload, confirm, ...submission };
}
