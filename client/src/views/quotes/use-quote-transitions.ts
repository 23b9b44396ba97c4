import { ref, type ShallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { isApiError } from '@/api/api-error';
import { quotesApi } from '@/api/quotes-api';
import type { QuoteDetail } from '@/api/types';
import { useConfirm } from '@/composables/use-confirm';
import { useErrorNotification } from '@/composables/use-error-notification';
import { isStaleVersion, useStaleVersionPrompt } from '@/composables/use-stale-version';
import { openQuotePrint } from './print-quote';

export type QuoteTransition = 'submit' | 'send' | 'accept' | 'decline' | 'revise';

const CALLS: Record<QuoteTransition, (id: number, version: number) => Promise<QuoteDetail>> = {
  submit: quotesApi.submit,
  send: quotesApi.send,
  accept: quotesApi.accept,
  decline: quotesApi.decline,
  revise: quotesApi.revise,
};

/** The customer's answer cannot be taken back: asked before it is recorded. */
const CONFIRMED: ReadonlySet<QuoteTransition> = new Set(['accept', 'decline', 'revise']);

/**
 * A quote page's status changes, each sent with the version read. A stale version offers to reload;
 * a quote that moved on meanwhile (409) is shown as it is now, with the server's reason.
 */
export function useQuoteTransitions(quote: ShallowRef<QuoteDetail | null>, reload: () => Promise<void>) {
  const { t } = useI18n();
  const router = useRouter();
  const confirm = useConfirm();
  const confirmReload = useStaleVersionPrompt();
  const { notify } = useErrorNotification();
  const busy = ref<QuoteTransition | 'delete' | 'print' | null>(null);

  async function failed(error: unknown): Promise<void> {
    if (isStaleVersion(error)) {
      if (await confirmReload()) await reload();
      return;
    }
    notify(error);
    if (isApiError(error) && error.status === 409) await reload();
  }

  async function run(transition: QuoteTransition): Promise<void> {
    const current = quote.value;
    if (!current || busy.value) return;
    if (
      CONFIRMED.has(transition) &&
      !(await confirm({
        title: t(`quotes.actions.${transition}`),
        message: t(`quotes.confirm.${transition}`, { number: current.quoteNumber }),
        confirmText: t(`quotes.actions.${transition}`),
        danger: transition === 'decline',
      }))
    ) {
      return;
    }
    busy.value = transition;
    try {
      const next = await CALLS[transition](current.id, current.version);
      ElMessage.success(t(`quotes.done.${transition}`, { number: next.quoteNumber, revision: next.revision }));
      // A revision is another record: its own page.
      if (transition === 'revise') await router.push({ name: 'quote-detail', params: { id: next.id } });
      else quote.value = next;
    } catch (error) {
      await failed(error);
    } finally {
      busy.value = null;
    }
  }

  async function remove(): Promise<void> {
    const current = quote.value;
    if (!current || busy.value) return;
    const confirmed = await confirm({
      title: t('quotes.actions.delete'),
      message: t('quotes.confirm.delete', { number: current.quoteNumber }),
      confirmText: t('common.delete'),
    });
    if (!confirmed) return;
    busy.value = 'delete';
    try {
      await quotesApi.remove(current.id);
      ElMessage.success(t('quotes.done.delete', { number: current.quoteNumber }));
      await router.push({ name: 'quotes' });
    } catch (error) {
      await failed(error);
    } finally {
      busy.value = null;
    }
  }

  async function print(): Promise<void> {
    const current = quote.value;
    if (!current) return;
    busy.value = 'print';
    try {
      await openQuotePrint(current.id);
    } catch (error) {
      notify(error);
    } finally {
      busy.value = null;
    }
  }

  return { busy, run, remove, print };
}
