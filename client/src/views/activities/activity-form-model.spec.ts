import { describe, expect, it } from 'vitest';
import type { Activity } from '@/api/types';
import { toActivityFormModel, toCreateActivityBody, toUpdateActivityBody } from './activity-form-model';

describe('activity form model', () => {
  it('logs against the target with the filled fields only', () => {
    const model = { ...toActivityFormModel(), subject: ' Called back ', nextFollowUpOn: '2026-03-01' };
    expect(toCreateActivityBody(model, { customerId: 4 })).toEqual({
      activityType: 'call',
      subject: 'Called back',
      nextFollowUpOn: '2026-03-01',
      customerId: 4,
    });
  });

  it('sends the changes with the version read; a cleared follow-up goes as null', () => {
    const activity = {
      id: 1,
      activityType: 'visit',
      subject: 'Visit',
      content: null,
      occurredAt: '2026-02-01T09:00:00.000Z',
      outcome: 'ok',
      nextFollowUpOn: '2026-02-10',
      customerId: 4,
      contactId: null,
      opportunityId: null,
      leadId: null,
      ownerId: 2,
      customFields: {},
      createdAt: '2026-02-01T09:00:00.000Z',
      version: 3,
    } satisfies Activity;
    const original = toActivityFormModel(activity);
    const edited = { ...original, outcome: 'Signed', nextFollowUpOn: '' };
    expect(toUpdateActivityBody(original, edited, 3)).toEqual({ outcome: 'Signed', nextFollowUpOn: null, version: 3 });
  });
});
