import { describe, expect, it } from 'vitest';
import { isChanged, toRuleRows } from './field-rule-rows';

describe('field rule rows', () => {
  it('lists every governed field, with its rule where one is set', () => {
    const rows = toRuleRows({
      governed: [
        { module: 'customers', fields: ['creditLimit', 'phone'] },
        { module: 'contacts', fields: ['mobile'] },
      ],
      rules: [{ module: 'customers', field: 'creditLimit', visibleRoles: ['admin', 'finance'], editableRoles: ['admin'] }],
    });
    expect(rows).toEqual([
      { module: 'customers', field: 'creditLimit', visibleRoles: ['admin', 'finance'], editableRoles: ['admin'] },
      { module: 'customers', field: 'phone', visibleRoles: [], editableRoles: [] },
      { module: 'contacts', field: 'mobile', visibleRoles: [], editableRoles: [] },
    ]);
    const [first] = rows;
    expect(isChanged({ ...first!, visibleRoles: ['finance', 'admin'] }, rows)).toBe(false);
    expect(isChanged({ ...first!, editableRoles: [] }, rows)).toBe(true);
  });
});
