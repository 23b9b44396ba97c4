import type { CreateLeadBody, CustomField, Lead, LeadAssignment, LeadWorkStatus, UpdateLeadBody } from '@/api/types';
import { blankToNull, changedFields } from '@/utils/changed-fields';
import { changedCustomValues, customValuesForCreate, toInputs, type CustomInputs } from '@/utils/custom-fields';

/** Lead fields that hold a picklist option, and the picklist each one uses. */
export const LEAD_PICKLISTS = { source: 'source', industry: 'industry', region: 'region' } as const;

/** The statuses a user sets by hand; converted is reached only by converting. */
export const LEAD_WORK_STATUSES = ['new', 'contacted', 'qualified', 'disqualified'] as const satisfies readonly LeadWorkStatus[];

export const LEAD_STATUS_TAG = {
  new: 'info',
  contacted: 'primary',
  qualified: 'success',
  disqualified: 'danger',
  converted: 'warning',
} as const;

export interface LeadFormModel {
  name: string;
  company: string;
  phone: string;
  email: string;
  source: string;
  campaign: string;
  industry: string;
  region: string;
  notes: string;
  status: LeadWorkStatus;
  disqualifyReason: string;
  /** A new lead only: who owns it (me), the assignment rules, or the team pool. */
  assign: LeadAssignment;
  customFields: CustomInputs;
}

export const LEAD_FORM_FIELDS = [
  'name',
  'company',
  'phone',
  'email',
  'source',
  'campaign',
  'industry',
  'region',
  'notes',
  'status',
  'disqualifyReason',
  'assign',
] as const satisfies ReadonlyArray<keyof LeadFormModel>;

export function toLeadFormModel(lead?: Lead | null, customFields: readonly CustomField[] = []): LeadFormModel {
  return {
    name: lead?.name ?? '',
    company: lead?.company ?? '',
    phone: lead?.phone ?? '',
    email: lead?.email ?? '',
    source: lead?.source ?? '',
    campaign: lead?.campaign ?? '',
    industry: lead?.industry ?? '',
    region: lead?.region ?? '',
    notes: lead?.notes ?? '',
    status: lead && lead.status !== 'converted' ? lead.status : 'new',
    disqualifyReason: lead?.disqualifyReason ?? '',
    assign: 'me',
    customFields: toInputs(customFields, lead?.customFields),
  };
}

function fields(model: LeadFormModel) {
  return {
    name: model.name.trim(),
    company: blankToNull(model.company),
    phone: blankToNull(model.phone),
    email: blankToNull(model.email),
    source: blankToNull(model.source),
    campaign: blankToNull(model.campaign),
    industry: blankToNull(model.industry),
    region: blankToNull(model.region),
    notes: blankToNull(model.notes),
  };
}

/** A new lead: the filled fields only, and where it goes. */
export function toCreateLeadBody(model: LeadFormModel, customFields: readonly CustomField[] = []): CreateLeadBody {
  const { name, ...rest } = fields(model);
  const filled = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null));
  const custom = customValuesForCreate(customFields, model.customFields);
  return { name, ...filled, assign: model.assign, ...(Object.keys(custom).length ? { customFields: custom } : {}) };
}

/** The changed fields with the version read; a reason goes along only while disqualified. */
export function toUpdateLeadBody(
  original: LeadFormModel,
  edited: LeadFormModel,
  version: number,
  customFields: readonly CustomField[] = [],
): UpdateLeadBody {
  const status = edited.status !== original.status ? { status: edited.status } : {};
  const reason =
    edited.status === 'disqualified' && edited.disqualifyReason.trim() !== original.disqualifyReason
      ? { disqualifyReason: edited.disqualifyReason.trim() }
      : {};
  const custom = changedCustomValues(customFields, original.customFields, edited.customFields);
  return {
    ...changedFields(fields(original), fields(edited)),
    ...status,
    ...reason,
    ...(Object.keys(custom).length ? { customFields: custom } : {}),
    version,
  };
}
