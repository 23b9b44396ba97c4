import type { components, operations, paths } from './schema';

type Schemas = components['schemas'];

/** The document's paths without their /api prefix, which the client's base URL supplies. */
export type ApiPaths = {
  [P in keyof paths as P extends `/api${infer Rest}` ? Rest : never]: paths[P];
};

export type TokenPair = Schemas['TokenPairDto'];
export type UserOption = Schemas['UserOptionDto'];
export type Owner = Schemas['OwnerDto'];
export type DataScope = Schemas['DataScope'];

/** A CASL rule as /auth/me sends it; the document types its conditions as a bare object. */
export interface PermissionRule {
  action: string;
  subject: string;
  conditions?: Record<string, unknown>;
}

export interface MeTeam {
  id: number;
  name: string;
  path: string;
}

/** The signed-in user. The document types `team` and the rule conditions as bare objects. */
export type Me = Omit<Schemas['MeDto'], 'team' | 'rules'> & { team: MeTeam; rules: PermissionRule[] };

export type Customer = Schemas['CustomerDto'];
export type CustomerDetail = Schemas['CustomerDetailDto'];
export type CreatedCustomer = Schemas['CreatedCustomerDto'];
export type CreateCustomerBody = Schemas['CreateCustomerDto'];
export type UpdateCustomerBody = Schemas['UpdateCustomerDto'];
export type DuplicateMatch = Schemas['DuplicateMatchDto'];
export type CustomerStatusFilter = Schemas['CustomerStatusFilter'];
export type CustomerListQuery = NonNullable<operations['listCustomers']['parameters']['query']>;
export type DuplicateQuery = NonNullable<operations['findCustomerDuplicates']['parameters']['query']>;

export type Contact = Schemas['ContactDto'];
export type CreateContactBody = Schemas['CreateContactDto'];
export type UpdateContactBody = Schemas['UpdateContactDto'];
export type ContactListQuery = NonNullable<operations['listContacts']['parameters']['query']>;

export type Picklist = Schemas['PicklistDto'];
export type PicklistOption = Schemas['PicklistOptionDto'];


/** A history entry; the document types `changes` as a bare object: field -> [before, after]. */
export type AuditEntry = Omit<Schemas['AuditEntryDto'], 'changes'> & {
  changes: Record<string, [unknown, unknown]>;
};

/** The page shape every list endpoint returns. */
export interface Page<T> {
  items: T[];
  total: number;
  totalIsCapped: boolean;
  nextCursor: string | null;
}
