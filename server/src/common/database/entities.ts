import { AuditEntry } from '../audit/audit-entry.entity.js';
import { RefreshToken } from '../auth/refresh-token.entity.js';
import { AppSetting } from './app-setting.entity.js';
import { Team } from '../../modules/teams/team.entity.js';
import { User } from '../../modules/users/user.entity.js';
import { Role, RoleGrant, UserRole } from '../../modules/roles/role.entity.js';
import { Customer, PoolRule } from '../../modules/customers/customer.entity.js';
import { Contact } from '../../modules/customers/contact.entity.js';

import { Picklist, PicklistOption } from '../picklists/picklist.entity.js';
import { CustomFieldDefinition, CustomFieldValue } from '../custom-fields/custom-field.entity.js';
import { FieldRule } from '../field-access/field-rule.entity.js';
import { PriceList, PriceListItem, Product, ProductCategory } from '../../modules/products/product.entity.js';
import {
  Opportunity,
  OpportunityContact,
  OpportunityLine,
  OpportunityStageChange,
  Pipeline,
  PipelineStage,
} from '../../modules/opportunities/opportunity.entity.js';
import { Activity } from '../../modules/activities/activity.entity.js';
import { ApiToken, Lead, LeadRule } from '../../modules/leads/lead.entity.js';
import { Quote, QuoteApproval, QuoteLine } from '../../modules/quotes/quote.entity.js';
import { Order, OrderLine, OrderStatusChange } from '../../modules/orders/order.entity.js';
import { Contract, ContractAttachment } from '../../modules/contracts/contract.entity.js';
import { Payment, PaymentAllocation, PaymentInstalment } from '../../modules/receivables/receivable.entity.js';
import { Invoice, InvoiceLine, InvoiceNumber } from '../../modules/invoices/invoice.entity.js';
import { DocumentSequence } from './document-sequence.js';

export const ENTITIES = [
  AppSetting,
  AuditEntry,
  RefreshToken,
  Team,
  User,
  Role,
  RoleGrant,
  UserRole,
  Picklist,
  PicklistOption,
  CustomFieldDefinition,
  CustomFieldValue,
  FieldRule,
  Customer,
  Contact,
  PoolRule,
  ProductCategory,
  Product,
  PriceList,
  PriceListItem,
  Pipeline,
  PipelineStage,
  Opportunity,
  OpportunityContact,
  OpportunityLine,
  OpportunityStageChange,
  Activity,
  Lead,
  LeadRule,
  ApiToken,
  Quote,
  QuoteLine,
  QuoteApproval,
  Order,
  OrderLine,
  OrderStatusChange,
  Contract,
  ContractAttachment,
  PaymentInstalment,
  Payment,
  PaymentAllocation,
  DocumentSequence,
  Invoice,
  InvoiceNumber,
  InvoiceLine,
];

/** The audit log's name for the records of each scoped entity; new business entities add theirs. */
export const SCOPED_AUDIT_TYPES = new Map<Function, string>([
  [Customer, 'customer'],
  [Contact, 'contact'],
  [Opportunity, 'opportunity'],
  [Activity, 'activity'],
  [Lead, 'lead'],
  [Quote, 'quote'],
  [Order, 'order'],
  [Contract, 'contract'],
  [PaymentInstalment, 'payment_instalment'],
  [Payment, 'payment'],
  [Invoice, 'invoice'],
]);
