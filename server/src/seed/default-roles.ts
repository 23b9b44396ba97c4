import { type Action, ACTIONS, type DataScope, type ModuleKey, MODULES } from '../common/access/permissions.js';

export interface RoleDefinition {
  key: string;
  name: string;
  description: string;
  /** Largest line discount quoted without approval, percent; null: no limit. */
  maxDiscountPercent: string | null;
  grants: Array<{ module: ModuleKey; actions: readonly Action[]; scope: DataScope }>;
}

const ALL = ACTIONS;
const WORK = ['read', 'create', 'update', 'export'] as const;
const READ = ['read'] as const;
const SALES_MODULES = ['customers', 'contacts', 'leads', 'opportunities', 'activities', 'quotes', 'orders', 'contracts'] as const;
const COMPANY_NEWS = [
  { module: 'knowledge', actions: READ, scope: 'all' },
  { module: 'announcements', actions: READ, scope: 'all' },
  { module: 'products', actions: READ, scope: 'all' },
] as const;
const ADMIN_MODULES: ModuleKey[] = ['users', 'teams', 'roles', 'settings', 'audit'];
const BUSINESS_MODULES = MODULES.filter((module) => !ADMIN_MODULES.includes(module));

/**
 * The roles a new installation starts with, set as a typical company sets them. Administrators
 * change them later; the keys stay stable.
 */
export const DEFAULT_ROLES: RoleDefinition[] = [
  {
    key: 'admin',
    maxDiscountPercent: null,
    name: 'Administrator',
    description: 'Everything, including users, roles and settings',
    grants: MODULES.map((module) => ({ module, actions: ALL, scope: 'all' })),
  },
  {
    key: 'director',
    maxDiscountPercent: null,
    name: 'Director',
    description: 'All business data of the company',
    grants: [
      ...BUSINESS_MODULES.map((module) => ({ module, actions: ALL, scope: 'all' as const })),
      { module: 'users', actions: READ, scope: 'all' },
      { module: 'teams', actions: READ, scope: 'all' },
      { module: 'audit', actions: READ, scope: 'all' },
    ],
  },
  {
    key: 'manager',
    maxDiscountPercent: '20',
    name: 'Sales manager',
    description: 'The data of their team and its sub-teams; may reassign within it',
    grants: [
      ...SALES_MODULES.map((module) => ({ module, actions: ALL, scope: 'team' as const })),
      { module: 'receivables', actions: ['read', 'export'], scope: 'team' },
      { module: 'invoices', actions: READ, scope: 'team' },
      { module: 'analytics', actions: READ, scope: 'team' },
      { module: 'users', actions: READ, scope: 'team' },
      ...COMPANY_NEWS,
    ],
  },
  {
    key: 'sales',
    maxDiscountPercent: '10',
    name: 'Salesperson',
    description: 'Their own customers, opportunities, contracts and receivables',
    grants: [
      ...SALES_MODULES.map((module) => ({ module, actions: WORK, scope: 'own' as const })),
      { module: 'receivables', actions: READ, scope: 'own' },
      { module: 'invoices', actions: READ, scope: 'own' },
      ...COMPANY_NEWS,
    ],
  },
  {
    key: 'service',
    maxDiscountPercent: '0',
    name: 'Customer service',
    description: 'Reads every customer; handles service requests and the knowledge base',
    grants: [
      { module: 'customers', actions: READ, scope: 'all' },
      { module: 'contacts', actions: ['read', 'create', 'update'], scope: 'all' },
      { module: 'activities', actions: WORK, scope: 'own' },
      { module: 'service', actions: ALL, scope: 'all' },
      { module: 'knowledge', actions: ['read', 'create', 'update'], scope: 'all' },
      { module: 'announcements', actions: READ, scope: 'all' },
      { module: 'products', actions: READ, scope: 'all' },
    ],
  },
  {
    key: 'finance',
    maxDiscountPercent: '0',
    name: 'Finance',
    description: 'Receivables, payments and invoices company-wide; reads customers and contracts',
    grants: [
      { module: 'customers', actions: ['read', 'export'], scope: 'all' },
      { module: 'contacts', actions: READ, scope: 'all' },
      { module: 'contracts', actions: ['read', 'export'], scope: 'all' },
      { module: 'orders', actions: ['read', 'export'], scope: 'all' },
      { module: 'receivables', actions: ALL, scope: 'all' },
      { module: 'invoices', actions: ALL, scope: 'all' },
      { module: 'analytics', actions: READ, scope: 'all' },
      ...COMPANY_NEWS,
    ],
  },
  {
    key: 'procurement',
    maxDiscountPercent: '0',
    name: 'Procurement',
    description: 'Purchasing and the product catalogue',
    grants: [
      { module: 'procurement', actions: ALL, scope: 'all' },
      { module: 'products', actions: ['read', 'create', 'update', 'export'], scope: 'all' },
      { module: 'orders', actions: READ, scope: 'all' },
      { module: 'knowledge', actions: READ, scope: 'all' },
      { module: 'announcements', actions: READ, scope: 'all' },
    ],
  },
];
