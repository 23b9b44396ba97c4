import { describe, expect, it } from 'vitest';
import type { AccessVocabulary, Role } from '@/api/types';
import { toCreateRoleBody, toRoleFormModel, toUpdateRoleBody } from './role-form-model';

const VOCABULARY: AccessVocabulary = { modules: ['customers', 'contacts'], actions: ['read', 'update'], scopes: ['own', 'team', 'all'] };
const ROLE: Role = {
  id: 8,
  roleKey: 'east_sales',
  name: 'East sales',
  description: null,
  isSystem: false,
  grants: [{ module: 'customers', actions: ['read'], scope: 'team' }],
  maxDiscountPercent: '10.00',
  userCount: 0,
  version: 2,
};

describe('role form model', () => {
  it('creates with the grants the matrix holds', () => {
    const model = toRoleFormModel(VOCABULARY);
    model.roleKey = ' team_reader ';
    model.name = 'Team reader';
    model.matrix[0]!.actions.read = true;
    model.matrix[0]!.scope = 'team';
    expect(toCreateRoleBody(model)).toEqual({
      roleKey: 'team_reader',
      name: 'Team reader',
      description: null,
      maxDiscountPercent: '0',
      grants: [{ module: 'customers', actions: ['read'], scope: 'team' }],
    });
  });

  it('sends the discount limit as a decimal, and an emptied one as no limit', () => {
    const original = toRoleFormModel(VOCABULARY, ROLE);
    expect(original.maxDiscountPercent).toBe('10');
    expect(toUpdateRoleBody(original, { ...toRoleFormModel(VOCABULARY, ROLE), maxDiscountPercent: '12.5' }, 2)).toEqual({ maxDiscountPercent: '12.5', version: 2 });
    expect(toUpdateRoleBody(original, { ...toRoleFormModel(VOCABULARY, ROLE), maxDiscountPercent: ' ' }, 2)).toEqual({ maxDiscountPercent: null, version: 2 });
    expect(toUpdateRoleBody(original, toRoleFormModel(VOCABULARY, ROLE), 2)).toEqual({ version: 2 });
  });

  it('sends the grants only when they changed', () => {
    const original = toRoleFormModel(VOCABULARY, ROLE);
    const renamed = { ...toRoleFormModel(VOCABULARY, ROLE), name: 'East team sales' };
    expect(toUpdateRoleBody(original, renamed, 2)).toEqual({ name: 'East team sales', version: 2 });
    const widened = toRoleFormModel(VOCABULARY, ROLE);
    widened.matrix[0]!.scope = 'all';
    expect(toUpdateRoleBody(original, widened, 2)).toEqual({ grants: [{ module: 'customers', actions: ['read'], scope: 'all' }], version: 2 });
  });
});
