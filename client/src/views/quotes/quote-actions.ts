import type { QuoteDetail, QuoteStatus } from '@/api/types';

/** An approver's answer to a quote waiting for them. */
export type QuoteDecision = 'approve' | 'reject';

/** Every status, in the order a quote goes through them. */
export const QUOTE_STATUSES: readonly QuoteStatus[] = ['draft', 'pending_approval', 'approved', 'rejected', 'sent', 'accepted', 'declined', 'superseded'];

/** Changed in place only before submitting or sending; afterwards a change is a new revision. */
const EDITABLE: ReadonlySet<QuoteStatus> = new Set(['draft', 'rejected']);
const REVISABLE: ReadonlySet<QuoteStatus> = new Set(['pending_approval', 'approved', 'rejected', 'sent', 'declined']);

export interface QuoteActions {
  edit: boolean;
  /** Ask for approval of a discount beyond the author's limit. */
  submit: boolean;
  send: boolean;
  /** Sending waits for an approval: the button shows, disabled, with the reason beside it. */
  sendNeedsApproval: boolean;
  accept: boolean;
  decline: boolean;
  revise: boolean;
  delete: boolean;
  /** The signed-in user is the approver the quote waits for. */
  decide: boolean;
}

/**
 * What the user may do with a quote in its status, as the server's rules have it: the server
 * still decides every call (a 409 when the quote moved on meanwhile).
 */
export function quoteActions(
  quote: Pick<QuoteDetail, 'status' | 'needsApproval' | 'approver'>,
  user: { id: number | undefined; canUpdate: boolean; canDelete: boolean },
): QuoteActions {
  const { status } = quote;
  const editable = user.canUpdate && EDITABLE.has(status);
  const sendable = user.canUpdate && (status === 'draft' || status === 'approved');
  return {
    edit: editable,
    submit: editable && quote.needsApproval,
    send: sendable,
    sendNeedsApproval: sendable && status === 'draft' && quote.needsApproval,
    accept: user.canUpdate && status === 'sent',
    decline: user.canUpdate && status === 'sent',
    revise: user.canUpdate && REVISABLE.has(status),
    delete: user.canDelete && status === 'draft',
    decide: status === 'pending_approval' && quote.approver !== null && quote.approver.id === user.id,
  };
}
