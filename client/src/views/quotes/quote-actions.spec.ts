import { describe, expect, it } from 'vitest';
import { quoteActions } from './quote-actions';

const OWNER = { id: 4, canUpdate: true, canDelete: true };

describe('quote actions', () => {
  it('offers a draft within the limit for sending, one beyond it for approval first', () => {
    expect(quoteActions({ status: 'draft', needsApproval: false, approver: null }, OWNER)).toMatchObject({
      edit: true, submit: false, send: true, sendNeedsApproval: false, delete: true, revise: false,
    });
    expect(quoteActions({ status: 'draft', needsApproval: true, approver: null }, OWNER)).toMatchObject({ submit: true, send: true, sendNeedsApproval: true });
  });

  it('lets only the approver decide a pending quote, and its author revise it', () => {
    const pending = { status: 'pending_approval', needsApproval: true, approver: { id: 2, name: 'Manager' } } as const;
    expect(quoteActions(pending, OWNER)).toMatchObject({ decide: false, revise: true, edit: false, send: false });
    expect(quoteActions(pending, { id: 2, canUpdate: false, canDelete: false })).toMatchObject({ decide: true, revise: false });
  });

  it('records the customer’s answer on a sent quote and nothing on a closed one', () => {
    expect(quoteActions({ status: 'sent', needsApproval: true, approver: null }, OWNER)).toMatchObject({ accept: true, decline: true, send: false });
    const accepted = quoteActions({ status: 'accepted', needsApproval: false, approver: null }, OWNER);
    expect(Object.values(accepted).some(Boolean)).toBe(false);
  });
});
