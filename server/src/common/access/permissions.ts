/**
 * The vocabulary of access control: modules (CASL subjects), actions and data scopes.
 * Modules of later business areas are listed already so roles can be configured for them.
 */
export const MODULES = [
  'customers',
  'contacts',
  'leads',
  'opportunities',
  'activities',
  'products',
  'quotes',
  'orders',
  'contracts',
  'receivables',
  'invoices',
  'procurement',
  'service',
  'knowledge',
  'announcements',
  'analytics',
  'users',
  'teams',
  'roles',
  'settings',
  'audit',
] as const;
export type ModuleKey = (typeof MODULES)[number];

/**
 * Company-wide data that no salesperson owns (no owner or team path on the rows): any grant on
 * these reaches every row, whatever data scope a role names.
 */
export const UNOWNED_MODULES: ReadonlySet<ModuleKey> = new Set<ModuleKey>([
  'products',
  'knowledge',
  'announcements',
  'settings',
  'teams',
  'roles',
  'audit',
]);

export const ACTIONS = ['read', 'create', 'update', 'delete', 'export', 'assign'] as const;
export type Action = (typeof ACTIONS)[number];

/** own: rows the user owns; team: rows owned within the user's team and its sub-teams; all: every row. */
export const DATA_SCOPES = ['own', 'team', 'all'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

export const SCOPE_WIDTH: Record<DataScope, number> = { own: 0, team: 1, all: 2 };

export interface ModuleGrant {
  module: ModuleKey;
  actions: Action[];
  scope: DataScope;
}

export function isModuleKey(value: string): value is ModuleKey {
  return (MODULES as readonly string[]).includes(value);
}

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

export function isDataScope(value: string): value is DataScope {
  return (DATA_SCOPES as readonly string[]).includes(value);
}
