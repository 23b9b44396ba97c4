import type { InvoiceStatus } from '@/api/types';
import type { StatusTone } from '@/components/status-tag.vue';

export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['draft', 'issued', 'void'];

export const INVOICE_TONES: Record<InvoiceStatus, StatusTone> = {
  draft: { type: 'info', effect: 'plain' },
  issued: { type: 'success', effect: 'light' },
  void: { type: 'danger', effect: 'plain' },
};
