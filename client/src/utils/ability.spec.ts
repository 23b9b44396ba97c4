import { describe, expect, it } from 'vitest';
import { buildAbility, can } from './ability';

const SALES_RULES = [
  { action: 'read', subject: 'customers', conditions: { ownerId: 7 } },
  { action: 'update', subject: 'customers', conditions: { ownerId: 7 } },
  { action: 'read', subject: 'contacts', conditions: { ownerId: 7 } },
];

describe('buildAbility', () => {
  it('grants module actions that any rule grants, and nothing else', () => {
    const ability = buildAbility(SALES_RULES);
    expect(can(ability, 'read', 'customers')).toBe(true);
    expect(can(ability, 'update', 'customers')).toBe(true);
    expect(can(ability, 'delete', 'customers')).toBe(false);
    expect(can(ability, 'export', 'customers')).toBe(false);
    expect(can(ability, 'create', 'contacts')).toBe(false);
  });

  it('checks owner conditions against a record', () => {
    const ability = buildAbility(SALES_RULES);
    expect(can(ability, 'update', 'customers', 7)).toBe(true);
    expect(can(ability, 'update', 'customers', 8)).toBe(false);
  });

  it('treats team-scoped rules as covering every record the client sees', () => {
    const ability = buildAbility([
      { action: 'update', subject: 'customers', conditions: { teamPath: { $gte: '000001', $lt: '000002' } } },
      { action: 'assign', subject: 'customers', conditions: { teamPath: '000001000002' } },
    ]);
    expect(can(ability, 'update', 'customers', 99)).toBe(true);
    expect(can(ability, 'assign', 'customers', 99)).toBe(true);
  });

  it('lets unconditional rules cover every record', () => {
    const ability = buildAbility([{ action: 'delete', subject: 'customers' }]);
    expect(can(ability, 'delete', 'customers', 1)).toBe(true);
    expect(can(ability, 'delete', 'contacts', 1)).toBe(false);
  });

  it('grants nothing without rules', () => {
    const ability = buildAbility([]);
    expect(can(ability, 'read', 'customers')).toBe(false);
  });
});
