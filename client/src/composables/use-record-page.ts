import { ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref, type ShallowRef } from 'vue';
import { isApiError } from '@/api/api-error';

/**
 * The record a detail page shows, loaded by id. Out of the user's scope and missing read the
 * same (the server answers 404 for both); other failures are kept to show with a retry.
 */
export interface RecordPage<R> {
  record: ShallowRef<R | null>;
  notFound: Ref<boolean>;
  failure: ShallowRef<unknown>;
  load: () => Promise<void>;
}

export function useRecordPage<R>(id: MaybeRefOrGetter<number>, fetch: (id: number) => Promise<R>): RecordPage<R> {
  const record = shallowRef<R | null>(null) as ShallowRef<R | null>;
  const notFound = ref(false);
  const failure = shallowRef<unknown>(null);

  async function load(): Promise<void> {
    failure.value = null;
    try {
      record.value = await fetch(toValue(id));
      notFound.value = false;
    } catch (error) {
      if (isApiError(error) && error.code === 'NOT_FOUND') notFound.value = true;
      else failure.value = error;
    }
  }

  watch(
    () => toValue(id),
    () => {
      record.value = null;
      void load();
    },
    { immediate: true },
  );

  return { record, notFound, failure, load };
}
