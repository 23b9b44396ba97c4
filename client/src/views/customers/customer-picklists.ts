import { usePicklistsStore } from '@/stores/picklists';

/** Customer fields that hold a picklist option, and the picklist each one uses. */
export const CUSTOMER_PICKLISTS = {
  industry: 'industry',
  customerLevel: 'customer_level',
  source: 'source',
  region: 'region',
} as const;

export type PicklistField = keyof typeof CUSTOMER_PICKLISTS;

export const PICKLIST_FIELDS = Object.keys(CUSTOMER_PICKLISTS) as PicklistField[];

export function isPicklistField(field: string): field is PicklistField {
  return field in CUSTOMER_PICKLISTS;
}

/** Labels and choices of the customer picklist fields, from the configured picklists. */
export function useCustomerPicklists() {
  const picklists = usePicklistsStore();
  return {
    label: (field: PicklistField, key: string | null | undefined) => picklists.label(CUSTOMER_PICKLISTS[field], key),
    options: (field: PicklistField, keep?: string | null) => picklists.options(CUSTOMER_PICKLISTS[field], keep),
  };
}
