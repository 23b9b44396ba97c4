import type { ContractStatus } from '@/api/types';
import type { StatusTone } from '@/components/status-tag.vue';

/** Every status, in the order a contract goes through them. */
export const CONTRACT_STATUSES: readonly ContractStatus[] = ['draft', 'in_approval', 'signed', 'in_force', 'expired', 'terminated'];

/** Grey in the works, amber waiting, green agreed, red ended early. */
export const CONTRACT_TONES: Record<ContractStatus, StatusTone> = {
  draft: { type: 'info', effect: 'plain' },
  in_approval: { type: 'warning', effect: 'light' },
  signed: { type: 'primary', effect: 'light' },
  in_force: { type: 'success', effect: 'light' },
  expired: { type: 'info', effect: 'light' },
  terminated: { type: 'danger', effect: 'plain' },
};

/** Only a draft is edited (the server answers CONTRACT_LOCKED otherwise). */
export const isEditable = (status: ContractStatus) => status === 'draft';

/** A signed, in-force or expired contract may be renewed once. */
export const isRenewable = (contract: { status: ContractStatus; renewedById: number | null }) =>
  !contract.renewedById && (contract.status === 'signed' || contract.status === 'in_force' || contract.status === 'expired');

/** Payments and invoices need a contract that left draft and was not terminated. */
export const isBillable = (status: ContractStatus) => status !== 'draft' && status !== 'terminated';
