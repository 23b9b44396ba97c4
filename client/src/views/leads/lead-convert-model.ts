import type { ConvertLeadBody, Lead } from '@/api/types';
import { normaliseDecimalInput } from '@/utils/decimal';

/** What the conversion dialog edits: the new customer's name and an optional opportunity. */
export interface LeadConvertModel {
  customerName: string;
  withOpportunity: boolean;
  opportunity: {
    name: string;
    amount: string;
    pipelineId: number | undefined;
    expectedCloseDate: string;
  };
}

export const LEAD_CONVERT_FIELDS = [
  'customerName',
  'existingCustomerId',
  'opportunity.name',
  'opportunity.amount',
  'opportunity.pipelineId',
  'opportunity.expectedCloseDate',
] as const;

/** The customer is named after the lead's company, else the person; so is the opportunity. */
export function toLeadConvertModel(lead?: Lead | null): LeadConvertModel {
  const name = lead?.company ?? lead?.name ?? '';
  return { customerName: name, withOpportunity: true, opportunity: { name, amount: '', pipelineId: undefined, expectedCloseDate: '' } };
}

/**
 * The request: a new customer (or the existing one the user chose after the server reported
 * duplicates, or a new one despite them), and the opportunity's filled fields when asked for.
 */
export function toConvertLeadBody(model: LeadConvertModel, choice: { existingCustomerId?: number; ignoreDuplicates?: boolean } = {}): ConvertLeadBody {
  const { name, amount, pipelineId, expectedCloseDate } = model.opportunity;
  const opportunity = model.withOpportunity
    ? {
        opportunity: {
          name: name.trim(),
          ...(amount.trim() ? { amount: normaliseDecimalInput(amount) } : {}),
          ...(pipelineId !== undefined ? { pipelineId } : {}),
          ...(expectedCloseDate ? { expectedCloseDate } : {}),
        },
      }
    : {};
  const customer = choice.existingCustomerId
    ? { existingCustomerId: choice.existingCustomerId }
    : { customerName: model.customerName.trim(), ...(choice.ignoreDuplicates ? { ignoreDuplicates: true } : {}) };
  return { ...customer, ...opportunity };
}
