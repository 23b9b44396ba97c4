import { AbilityBuilder, createMongoAbility, type MongoAbility, type MongoQuery, subject } from '@casl/ability';
import { type Action, type ModuleGrant, type ModuleKey, SCOPE_WIDTH, type DataScope, UNOWNED_MODULES } from './permissions.js';
import { subtreeUpperBound } from './team-path.js';

/** Fields a scope condition may mention; every scoped table has both columns. */
export interface ScopedFields {
  ownerId: number;
  teamPath: string;
}

export type AppAbility = MongoAbility<[Action, ModuleKey | ({ __caslSubjectType__: ModuleKey } & Partial<ScopedFields>)], MongoQuery>;

export interface AbilityOwner {
  userId: number;
  teamPath: string;
  /** Whether the user's team has sub-teams: a leaf team's scope is an equality, cheaper to index. */
  teamHasChildren: boolean;
}

/**
 * The one place where roles become permissions. Grants of several roles are merged per module and
 * action, keeping the widest data scope, then written as CASL rules whose conditions name only
 * ownerId and teamPath.
 */
export function buildAbility(owner: AbilityOwner, grants: ModuleGrant[]): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const [key, scope] of widestScopes(grants)) {
    const [module, action] = key.split(':') as [ModuleKey, Action];
    const condition = UNOWNED_MODULES.has(module) ? null : scopeCondition(owner, scope);
    if (condition) can(action, module, condition as never);
    else can(action, module);
  }
  return build();
}

/** For each "module:action", the widest data scope any of the grants gives. */
export function widestScopes(grants: ModuleGrant[]): Map<string, DataScope> {
  const widest = new Map<string, DataScope>();
  for (const grant of grants) {
    for (const action of grant.actions) {
      const key = `${grant.module}:${action}`;
      const current = widest.get(key);
      if (!current || SCOPE_WIDTH[grant.scope] > SCOPE_WIDTH[current]) widest.set(key, grant.scope);
    }
  }
  return widest;
}

/**
 * The parts of `wanted` that `held` does not cover (an action on a module, at the same or a
 * narrower scope). Nobody may grant what they do not hold.
 */
export function uncoveredGrants(held: ModuleGrant[], wanted: ModuleGrant[]): string[] {
  const mine = widestScopes(held);
  const missing: string[] = [];
  for (const [key, scope] of widestScopes(wanted)) {
    const have = mine.get(key);
    if (!have || SCOPE_WIDTH[have] < SCOPE_WIDTH[scope]) missing.push(`${key.replace(':', ' ')} (${scope})`);
  }
  return missing;
}

function scopeCondition(owner: AbilityOwner, scope: DataScope): MongoQuery | null {
  switch (scope) {
    case 'all':
      return null;
    case 'team':
      return owner.teamHasChildren
        ? { teamPath: { $gte: owner.teamPath, $lt: subtreeUpperBound(owner.teamPath) } }
        : { teamPath: owner.teamPath };
    case 'own':
      return { ownerId: owner.userId };
  }
}

/** Tags a plain row with its module so CASL can check conditions against it. */
export function asSubject<T extends object>(module: ModuleKey, row: T) {
  return subject(module, row as T & Partial<ScopedFields>);
}
