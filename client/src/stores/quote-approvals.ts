import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { quotesApi } from '@/api/quotes-api';
import type { Quote } from '@/api/types';

/**
 * The quotes waiting for the signed-in user's decision: the approval queue and the count the
 * navigation shows. Read when the signed-in app opens and again after each decision; not polled.
 */
export const useQuoteApprovalsStore = defineStore('quote-approvals', () => {
  const waiting = shallowRef<Quote[]>([]);
  const loading = ref(false);
  const count = computed(() => waiting.value.length);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      waiting.value = await quotesApi.awaitingMe();
    } finally {
      loading.value = false;
    }
  }

  return { waiting, loading, count, load };
});
