import { describe, expect, it } from 'vitest';
import type { AccessVocabulary } from '@/api/types';
import { missingGrantsOf, toGrants, toMatrix, uncoveredCells } from './role-grants';

const VOCABULARY: AccessVocabulary = {
  modules: ['customers', 'contacts', 'opportunities'],
  actions: ['read', 'create', 'update', 'delete', 'export', 'assign'],
  scopes: ['own', 'team', 'all'],
};

describe('role grants matrix', () => {
  it('lists every module and turns back into the grants that hold an action', () => {
    const rows = toMatrix(VOCABULARY, [{ module: 'customers', actions: ['read', 'update'], scope: 'team' }]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ module: 'customers', scope: 'team', actions: { read: true, update: true, delete: false } });
    expect(rows[1]?.actions.read).toBe(false);
    rows[2]!.actions.read = true;
    expect(toGrants(rows)).toEqual([
      { module: 'customers', actions: ['read', 'update'], scope: 'team' },
      { module: 'opportunities', actions: ['read'], scope: 'own' },
    ]);
  });

  it('marks the permissions the signed-in user does not hold at that scope', () => {
    const rows = toMatrix(VOCABULARY, [
      { module: 'customers', actions: ['read', 'delete'], scope: 'all' },
      { module: 'contacts', actions: ['read'], scope: 'own' },
    ]);
    const held = [
      { module: 'customers', actions: ['read', 'update'], scope: 'team' as const },
      { module: 'customers', actions: ['read'], scope: 'all' as const },
      { module: 'contacts', actions: ['read'], scope: 'team' as const },
    ];
    expect([...uncoveredCells(held, rows)]).toEqual(['customers:delete']);
  });

  it('reads the permissions a 403 names', () => {
    expect(missingGrantsOf('You cannot grant role permissions you do not hold: customers delete (all); contacts read (team)')).toEqual([
      { module: 'customers', action: 'delete', scope: 'all' },
      { module: 'contacts', action: 'read', scope: 'team' },
    ]);
    expect(missingGrantsOf('Your roles do not allow create on roles')).toBeNull();
  });
});
