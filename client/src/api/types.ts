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

/**
 * Built-in fields a field rule can hide (GET /field-rules lists them as `governed`). The API leaves
 * a hidden field out of the record altogether, which the document cannot express: these names
 * make such fields optional so the compiler finds every place that must cope with their absence.
 */
type MayBeHidden<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
export type CustomerGovernedField =
  | 'creditLimit'
  | 'phone'
  | 'email'
  | 'address'
  | 'website'
  | 'tags'
  | 'notes'
  | 'industry'
  | 'customerLevel'
  | 'source'
  | 'region';
export type ContactGovernedField = 'mobile' | 'phone' | 'email' | 'birthday' | 'notes' | 'contactRole';
export type ProductGovernedField = 'cost' | 'listPrice' | 'taxRate' | 'notes' | 'specification';

/**
 * A custom field's value as records carry it: text, long text, decimal (as exact text) and date
 * (YYYY-MM-DD) are strings, number is a number, boolean a boolean, picklist an option key,
 * multi-picklist a list of option keys, user a user id. The document types values loosely.
 */
export type CustomFieldValue = string | number | boolean | string[] | null;
export type CustomFieldValues = Record<string, CustomFieldValue>;
/** Records as read: custom field values in their real shape, governed fields possibly left out. */
type WithCustomFields<T> = Omit<T, 'customFields'> & { customFields: CustomFieldValues };

export type Customer = WithCustomFields<MayBeHidden<Schemas['CustomerDto'], CustomerGovernedField>>;
export type CustomerDetail = WithCustomFields<MayBeHidden<Schemas['CustomerDetailDto'], CustomerGovernedField>>;
export type CreatedCustomer = WithCustomFields<MayBeHidden<Schemas['CreatedCustomerDto'], CustomerGovernedField>>;
export type CreateCustomerBody = Schemas['CreateCustomerDto'];
export type UpdateCustomerBody = Schemas['UpdateCustomerDto'];
export type DuplicateMatch = Schemas['DuplicateMatchDto'];
export type CustomerStatusFilter = Schemas['CustomerStatusFilter'];
/**
 * List filters on custom fields: `cf.<key>=value`, and `cf.<key>.gte` / `.lte` on numbers and
 * dates. Their names depend on the configured fields, so the document cannot list them.
 */
export type CustomFieldQuery = { [key: `cf.${string}`]: string | number | boolean | undefined };
export type CustomerListQuery = NonNullable<operations['listCustomers']['parameters']['query']> & CustomFieldQuery;
export type DuplicateQuery = NonNullable<operations['findCustomerDuplicates']['parameters']['query']>;

/** The customer a contact belongs to, as lists and single reads carry it (a bare object in the document). */
export interface ContactCustomer {
  id: number;
  code: string;
  name: string;
}
export type Contact = WithCustomFields<MayBeHidden<Omit<Schemas['ContactDto'], 'customer'>, ContactGovernedField>> & {
  customer?: ContactCustomer;
};
export type CreateContactBody = Schemas['CreateContactDto'];
export type UpdateContactBody = Schemas['UpdateContactDto'];
export type ContactListQuery = NonNullable<operations['listContacts']['parameters']['query']> & CustomFieldQuery;

export type Picklist = Schemas['PicklistDto'];
export type PicklistOption = Schemas['PicklistOptionDto'];
export type CreatePicklistBody = Schemas['CreatePicklistDto'];
export type CreateOptionBody = Schemas['CreateOptionDto'];
export type UpdateOptionBody = Schemas['UpdateOptionDto'];

export type CustomFieldEntity = Schemas['CustomFieldEntity'];
export type CustomFieldType = Schemas['CustomFieldType'];
/** A custom field definition; the document types its default value loosely. */
export type CustomField = Omit<Schemas['CustomFieldDto'], 'defaultValue'> & { defaultValue: CustomFieldValue };
export type CreateCustomFieldBody = Omit<Schemas['CreateCustomFieldDto'], 'defaultValue'> & { defaultValue?: CustomFieldValue };
export type UpdateCustomFieldBody = Omit<Schemas['UpdateCustomFieldDto'], 'defaultValue'> & { defaultValue?: CustomFieldValue };

export type FieldRules = Schemas['FieldRulesDto'];
export type FieldRule = Schemas['FieldRuleDto'];
export type SetFieldRuleBody = Schemas['SetFieldRuleDto'];

/** The team a user belongs to; the document types it as a bare object. */
export interface UserTeam {
  id: number;
  name: string;
}
export type User = Omit<Schemas['UserDto'], 'team'> & { team: UserTeam };
export type UserListQuery = NonNullable<operations['listUsers']['parameters']['query']>;
export type CreateUserBody = Schemas['CreateUserDto'];
export type UpdateUserBody = Schemas['UpdateUserDto'];
export type ActiveFilter = Schemas['ActiveFilter'];
export type AppLocaleKey = Schemas['Locale'];
export type TransferResult = Schemas['TransferResultDto'];

export type Team = Schemas['TeamDto'];
export type TeamKind = Schemas['TeamKind'];
export type CreateTeamBody = Schemas['CreateTeamDto'];
export type UpdateTeamBody = Schemas['UpdateTeamDto'];

export type ModuleKey = Schemas['ModuleKey'];
export type GrantAction = Schemas['Action'];
export type AccessVocabulary = Schemas['AccessVocabularyDto'];
export type Grant = Schemas['GrantDto'];
export type Role = Schemas['RoleDto'];
export type CreateRoleBody = Schemas['CreateRoleDto'];
export type UpdateRoleBody = Schemas['UpdateRoleDto'];

export type Product = WithCustomFields<MayBeHidden<Schemas['ProductDto'], ProductGovernedField>>;
export type ProductListQuery = NonNullable<operations['listProducts']['parameters']['query']> & CustomFieldQuery;
export type CreateProductBody = Schemas['CreateProductDto'];
export type UpdateProductBody = Schemas['UpdateProductDto'];
export type ProductCategory = Schemas['CategoryDto'];
export type EffectivePrice = Schemas['EffectivePriceDto'];
export type PriceList = Schemas['PriceListDto'];
export type PriceListDetail = Schemas['PriceListDetailDto'];
export type PriceListItem = Schemas['PriceListItemDto'];
export type CreatePriceListBody = Schemas['PriceListInputDto'];
export type UpdatePriceListBody = Schemas['UpdatePriceListDto'];
export type PriceListItemInput = Schemas['PriceListItemInputDto'];

export type Pipeline = Schemas['PipelineDto'];
export type Stage = Schemas['StageDto'];
export type StageType = Schemas['StageType'];
export type OpportunityStatus = Schemas['OpportunityStatus'];

/** The customer an opportunity belongs to; the document types it as a bare object. */
export interface OpportunityCustomer {
  id: number;
  name: string;
}
type OpportunityShape<T> = WithCustomFields<Omit<T, 'customer' | 'owner'>> & { customer: OpportunityCustomer; owner: Owner | null };
export type Opportunity = OpportunityShape<Schemas['OpportunityDto']>;
export type OpportunityDetail = OpportunityShape<Schemas['OpportunityDetailDto']>;
export type OpportunityLine = Schemas['LineDto'];
export type StageChange = Schemas['StageChangeDto'];
export type OpportunityListQuery = NonNullable<operations['listOpportunities']['parameters']['query']> & CustomFieldQuery;
export type BoardQuery = NonNullable<operations['getOpportunityBoard']['parameters']['query']>;
export type Board = Omit<Schemas['BoardDto'], 'columns'> & { columns: BoardColumn[] };
export type BoardColumn = Omit<Schemas['BoardColumnDto'], 'cards'> & { cards: Opportunity[] };
export type CreateOpportunityBody = Schemas['CreateOpportunityDto'];
export type UpdateOpportunityBody = Schemas['UpdateOpportunityDto'];
export type LineInput = Schemas['LineInputDto'];
export type MoveStageBody = Schemas['MoveStageDto'];

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

export type Lead = WithCustomFields<Schemas['LeadDto']>;
export type LeadStatus = Schemas['LeadStatus'];
export type LeadWorkStatus = Schemas['LeadWorkStatus'];
export type LeadAssignment = Schemas['LeadAssignment'];
export type LeadListQuery = NonNullable<operations['listLeads']['parameters']['query']>;
export type CreateLeadBody = Schemas['CreateLeadDto'];
export type UpdateLeadBody = Schemas['UpdateLeadDto'];
export type ConvertLeadBody = Schemas['ConvertLeadDto'];
export type ImportFormat = Schemas['ImportFormat'];
export type ImportResult = Schemas['ImportResultDto'];
export type ImportDuplicateHandling = Schemas['ImportDuplicateHandling'];
export type CustomerImportResult = Schemas['CustomerImportResultDto'];
/** A row left out (or, when duplicates are rejected, refused) as a duplicate. */
export type ImportDuplicate = Schemas['ImportDuplicateDto'];
/** One row's problem in a rejected import (the error's details); row 1 is the header. */
export interface ImportProblem {
  row: number;
  field: string;
  reason: string;
}
export type LeadRule = Schemas['LeadRuleDto'];
export type LeadRuleField = Schemas['LeadRuleField'];
export type LeadRuleBody = Schemas['LeadRuleInputDto'];
export type ApiToken = Schemas['ApiTokenDto'];
export type CreatedApiToken = Schemas['CreatedApiTokenDto'];
export type ApiTokenBody = Schemas['ApiTokenInputDto'];

/** An activity; the document types its custom values loosely. */
export type Activity = WithCustomFields<Schemas['ActivityDto']>;
export type ActivityListQuery = NonNullable<operations['listActivities']['parameters']['query']> & CustomFieldQuery;
export type CreateActivityBody = Schemas['CreateActivityDto'];
export type UpdateActivityBody = Schemas['UpdateActivityDto'];
export type TimelineKind = Schemas['TimelineKind'];
export type TimelineEntry = Schemas['TimelineEntryDto'];
export type Timeline = Schemas['TimelineDto'];

export type PoolSettings = Schemas['PoolSettingsDto'];
export type PoolRule = Schemas['PoolRuleDto'];
export type PoolStats = Schemas['PoolStatsDto'];

export type PipelineBody = Schemas['PipelineInputDto'];
export type StageInput = Schemas['StageInputDto'];
export type CategoryBody = Schemas['CategoryInputDto'];

/** A quote; the document types its custom values loosely. */
export type Quote = WithCustomFields<Schemas['QuoteDto']>;
export type QuoteDetail = WithCustomFields<Schemas['QuoteDetailDto']>;
export type QuoteStatus = Schemas['QuoteStatus'];
export type QuoteLine = Schemas['QuoteLineDto'];
export type QuoteLineInput = Schemas['QuoteLineInputDto'];
export type QuoteApproval = Schemas['QuoteApprovalDto'];
export type QuoteRevision = Schemas['QuoteRevisionDto'];
export type QuoteListQuery = NonNullable<operations['listQuotes']['parameters']['query']> & CustomFieldQuery;
export type CreateQuoteBody = Schemas['CreateQuoteDto'];
export type UpdateQuoteBody = Schemas['UpdateQuoteDto'];
export type ApprovalDecisionBody = Schemas['ApprovalDecisionDto'];

export type Order = Schemas['OrderDto'];
export type OrderDetail = Schemas['OrderDetailDto'];
export type OrderStatus = Schemas['OrderStatus'];
export type OrderLine = Schemas['OrderLineDto'];
export type OrderStatusChange = Schemas['OrderStatusChangeDto'];
export type OrderListQuery = NonNullable<operations['listOrders']['parameters']['query']>;
export type CreateOrderBody = Schemas['CreateOrderDto'];
export type UpdateOrderBody = Schemas['UpdateOrderDto'];
export type OrderStatusBody = Schemas['OrderStatusInputDto'];

export type Contract = Schemas['ContractDto'];
export type ContractDetail = Schemas['ContractDetailDto'];
export type ContractStatus = Schemas['ContractStatus'];
export type ContractAttachment = Schemas['AttachmentDto'];
export type Instalment = Schemas['InstalmentDto'];
export type InstalmentInput = Schemas['InstalmentInputDto'];
export type ContractListQuery = NonNullable<operations['listContracts']['parameters']['query']>;
export type CreateContractBody = Schemas['CreateContractDto'];
export type UpdateContractBody = Schemas['UpdateContractDto'];
export type ContractStatusBody = Schemas['ContractStatusInputDto'];

export type Receivable = Schemas['ReceivableDto'];
export type ReceivableListQuery = NonNullable<operations['listReceivables']['parameters']['query']>;
export type AgingGroup = Schemas['AgingGroup'];
export type Aging = Schemas['AgingDto'];
export type AgingRow = Schemas['AgingRowDto'];
export type Payment = Schemas['PaymentDto'];
export type PaymentMethod = Schemas['PaymentMethod'];
export type PaymentListQuery = NonNullable<operations['listPayments']['parameters']['query']>;
export type RecordPaymentBody = Schemas['RecordPaymentDto'];

export type Invoice = Schemas['InvoiceDto'];
export type InvoiceDetail = Schemas['InvoiceDetailDto'];
export type InvoiceStatus = Schemas['InvoiceStatus'];
export type InvoiceLine = Schemas['InvoiceLineDto'];
export type InvoiceLineInput = Schemas['InvoiceLineInputDto'];
export type InvoiceListQuery = NonNullable<operations['listInvoices']['parameters']['query']>;
export type CreateInvoiceBody = Schemas['CreateInvoiceDto'];
export type IssueInvoiceBody = Schemas['IssueInvoiceDto'];
export type VoidInvoiceBody = Schemas['VoidInvoiceDto'];
