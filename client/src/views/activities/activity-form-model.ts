import type { Activity, CreateActivityBody, CustomField, UpdateActivityBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { changedCustomValues, customValuesForCreate, toInputs, type CustomInputs } from '@/utils/custom-fields';

/** The picklist of activity types: call, visit, meeting, email, note. */
export const ACTIVITY_TYPE_PICKLIST = 'activity_type';

/** The record an activity is logged against: a lead alone, or at least one of the others. */
export interface ActivityTarget {
  customerId?: number;
  contactId?: number;
  opportunityId?: number;
  leadId?: number;
}

export interface ActivityFormModel {
  activityType: string;
  subject: string;
  /** An ISO date-time; empty means now. */
  occurredAt: string;
  content: string;
  outcome: string;
  nextFollowUpOn: string;
  customFields: CustomInputs;
}

export const ACTIVITY_FORM_FIELDS = [
  'activityType',
  'subject',
  'occurredAt',
  'content',
  'outcome',
  'nextFollowUpOn',
] as const satisfies ReadonlyArray<keyof ActivityFormModel>;

export function toActivityFormModel(activity?: Activity | null, customFields: readonly CustomField[] = []): ActivityFormModel {
  return {
    activityType: activity?.activityType ?? 'call',
    subject: activity?.subject ?? '',
    occurredAt: activity?.occurredAt ?? '',
    content: activity?.content ?? '',
    outcome: activity?.outcome ?? '',
    nextFollowUpOn: activity?.nextFollowUpOn ?? '',
    customFields: toInputs(customFields, activity?.customFields),
  };
}

function fields(model: ActivityFormModel) {
  return {
    activityType: model.activityType,
    subject: model.subject.trim(),
    content: blankToNull(model.content),
    outcome: blankToNull(model.outcome),
    nextFollowUpOn: model.nextFollowUpOn || null,
  };
}

/** A new activity against the target: filled fields only; the server stamps "now" when no time is given. */
export function toCreateActivityBody(model: ActivityFormModel, target: ActivityTarget, customFields: readonly CustomField[] = []): CreateActivityBody {
  const { activityType, subject, ...rest } = fields(model);
  const filled = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null));
  const custom = customValuesForCreate(customFields, model.customFields);
  return {
    activityType,
    subject,
    ...filled,
    ...(model.occurredAt ? { occurredAt: model.occurredAt } : {}),
    ...target,
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
  };
}

export function toUpdateActivityBody(
  original: ActivityFormModel,
  edited: ActivityFormModel,
  version: number,
  customFields: readonly CustomField[] = [],
): UpdateActivityBody {
  const { activityType, subject, ...changes } = changedFields(fields(original), fields(edited));
  const custom = changedCustomValues(customFields, original.customFields, edited.customFields);
  return {
    ...changes,
    ...(activityType ? { activityType } : {}),
    ...(subject ? { subject } : {}),
    ...(edited.occurredAt && edited.occurredAt !== original.occurredAt ? { occurredAt: edited.occurredAt } : {}),
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
    version,
  };
}
