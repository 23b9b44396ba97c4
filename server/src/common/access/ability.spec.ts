import { describe, expect, it } from '@jest/globals';
import { type AbilityOwner, asSubject, buildAbility } from './ability.js';
import { type ModuleGrant } from './permissions.js';
import { AccessScope, scopePredicate } from './scope-query.js';
import { childPath, subtreeUpperBound } from './team-path.js';

const COMPANY = childPath(null, 1);
const SALES = childPath(COMPANY, 2);
const EAST = childPath(SALES, 3);
const WEST = childPath(SALES, 4);

const leafOwner: AbilityOwner = { userId: 42, teamPath: EAST, teamHasChildren: false };
const parentOwner: AbilityOwner = { userId: 7, teamPath: SALES, teamHasChildren: true };

const grant = (scope: ModuleGrant['scope'], actions: ModuleGrant['actions'] = ['read'], module: ModuleGrant['module'] = 'customers'): ModuleGrant => ({
  module,
  actions,
  scope,
});

/** The SQL of the scope with its parameters substituted, so assertions do not depend on parameter names. */
function sqlOf(owner: AbilityOwner, grants: ModuleGrant[], action: 'read' | 'update' = 'read', columns: Parameters<typeof scopePredicate>[1] = 'c') {
  const scope = buildAbility(owner, grants);
  const { sql, params } = scopePredicate(AccessScope.of(scope, action, 'customers'), columns);
  const names = sql.match(/:[\w.]+/g) ?? [];
  expect(Object.keys(params).sort()).toEqual(names.map((name) => name.slice(1)).sort());
  return { sql, params, inlined: sql.replace(/:(\w+)/g, (_, name: string) => JSON.stringify(params[name])) };
}

describe('buildAbility', () => {
  it('own scope: a condition on ownerId', () => {
    const ability = buildAbility(leafOwner, [grant('own', ['read', 'update'])]);
    expect(ability.rules).toEqual([
      { action: 'read', subject: 'customers', conditions: { ownerId: 42 } },
      { action: 'update', subject: 'customers', conditions: { ownerId: 42 } },
    ]);
    expect(ability.can('read', asSubject('customers', { ownerId: 42, teamPath: EAST }))).toBe(true);
    expect(ability.can('read', asSubject('customers', { ownerId: 43, teamPath: EAST }))).toBe(false);
    expect(ability.can('delete', 'customers')).toBe(false);
    expect(ability.can('read', 'contacts')).toBe(false);
  });

  it('team scope of a leaf team: equality on teamPath', () => {
    const ability = buildAbility(leafOwner, [grant('team')]);
    expect(ability.rules).toEqual([{ action: 'read', subject: 'customers', conditions: { teamPath: EAST } }]);
    expect(ability.can('read', asSubject('customers', { ownerId: 1, teamPath: EAST }))).toBe(true);
    expect(ability.can('read', asSubject('customers', { ownerId: 1, teamPath: WEST }))).toBe(false);
  });

  it('team scope of a team with sub-teams: the half-open subtree range', () => {
    const ability = buildAbility(parentOwner, [grant('team')]);
    expect(ability.rules).toEqual([
      { action: 'read', subject: 'customers', conditions: { teamPath: { $gte: SALES, $lt: subtreeUpperBound(SALES) } } },
    ]);
    const row = (teamPath: string) => asSubject('customers', { ownerId: 1, teamPath });
    expect(ability.can('read', row(SALES))).toBe(true);
    expect(ability.can('read', row(EAST))).toBe(true);
    expect(ability.can('read', row(WEST))).toBe(true);
    expect(ability.can('read', row(COMPANY))).toBe(false);
    expect(ability.can('read', row(childPath(COMPANY, 5)))).toBe(false);
  });

  it('all scope: no conditions', () => {
    const ability = buildAbility(leafOwner, [grant('all')]);
    expect(ability.rules).toEqual([{ action: 'read', subject: 'customers' }]);
    expect(ability.can('read', asSubject('customers', { ownerId: 99, teamPath: WEST }))).toBe(true);
  });

  it('several roles: the widest scope per module and action wins, whatever the order', () => {
    const grants = [grant('own', ['read', 'update']), grant('all', ['read']), grant('team', ['read', 'update'])];
    for (const order of [grants, [...grants].reverse()]) {
      const ability = buildAbility(leafOwner, order);
      const byAction = Object.fromEntries(ability.rules.map((rule) => [rule.action, rule.conditions ?? null]));
      expect(byAction).toEqual({ read: null, update: { teamPath: EAST } });
    }
  });

  it('no grants: nothing is allowed', () => {
    const ability = buildAbility(leafOwner, []);
    expect(ability.rules).toEqual([]);
    expect(ability.can('read', 'customers')).toBe(false);
  });
});

describe('scopePredicate', () => {
  it('own scope: alias.ownerId = :p', () => {
    const { sql, params, inlined } = sqlOf(leafOwner, [grant('own')]);
    expect(sql).toMatch(/^c\.ownerId = :\w+$/);
    expect(Object.values(params)).toEqual([42]);
    expect(inlined).toBe('c.ownerId = 42');
  });

  it('team scope of a leaf team: equality on teamPath', () => {
    const { sql, inlined } = sqlOf(leafOwner, [grant('team')]);
    expect(sql).toMatch(/^c\.teamPath = :\w+$/);
    expect(inlined).toBe(`c.teamPath = "${EAST}"`);
  });

  it('team scope of a team with sub-teams: >= the path and < its upper bound', () => {
    const { inlined } = sqlOf(parentOwner, [grant('team')]);
    expect(inlined).toBe(`(c.teamPath >= "${SALES}" AND c.teamPath < "${subtreeUpperBound(SALES)}")`);
  });

  it('all scope: no restriction', () => {
    expect(sqlOf(leafOwner, [grant('all')])).toEqual({ sql: '1 = 1', params: {}, inlined: '1 = 1' });
  });

  it('no grant for the module or action: no rows', () => {
    expect(sqlOf(leafOwner, [])).toEqual({ sql: '1 = 0', params: {}, inlined: '1 = 0' });
    expect(sqlOf(leafOwner, [grant('all', ['read'], 'contacts')])).toEqual({ sql: '1 = 0', params: {}, inlined: '1 = 0' });
    expect(sqlOf(leafOwner, [grant('all', ['read'])], 'update')).toEqual({ sql: '1 = 0', params: {}, inlined: '1 = 0' });
    expect(AccessScope.of(buildAbility(leafOwner, []), 'read', 'customers').isEmpty).toBe(true);
  });

  it('several roles: the widest scope decides the predicate', () => {
    expect(sqlOf(leafOwner, [grant('own'), grant('team')]).inlined).toBe(`c.teamPath = "${EAST}"`);
    expect(sqlOf(leafOwner, [grant('team'), grant('own')]).inlined).toBe(`c.teamPath = "${EAST}"`);
    expect(sqlOf(parentOwner, [grant('own'), grant('all'), grant('team')]).sql).toBe('1 = 1');
  });

  it('names columns through a namer, for UPDATE and DELETE', () => {
    const namer = (field: string) => (field === 'ownerId' ? 'owner_id' : 'team_path');
    expect(sqlOf(leafOwner, [grant('own')], 'read', namer).inlined).toBe('owner_id = 42');
    expect(sqlOf(parentOwner, [grant('team')], 'read', namer).inlined).toBe(
      `(team_path >= "${SALES}" AND team_path < "${subtreeUpperBound(SALES)}")`,
    );
  });

  it('uses fresh parameter names, so two scopes can share one query', () => {
    const ability = buildAbility(leafOwner, [grant('own', ['read', 'update'])]);
    const first = scopePredicate(AccessScope.of(ability, 'read', 'customers'), 'c');
    const second = scopePredicate(AccessScope.of(ability, 'update', 'customers'), 'c');
    expect(Object.keys(first.params)).not.toEqual(Object.keys(second.params));
  });

  it('lets the system scope see every row', () => {
    expect(scopePredicate(AccessScope.system('customers'), 'c')).toEqual({ sql: '1 = 1', params: {} });
  });
});
