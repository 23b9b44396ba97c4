import { describe, expect, it } from 'vitest';
import { blankToNull, changedFields } from './changed-fields';

describe('changedFields', () => {
  it('returns only the fields whose value changed, lists compared by content', () => {
    const before = { name: 'Acme', phone: null as string | null, tags: ['a'], notes: 'x' };
    const after = { name: 'Acme', phone: '+86 1', tags: ['a'], notes: 'y' };
    expect(changedFields(before, after)).toEqual({ phone: '+86 1', notes: 'y' });
    expect(changedFields(before, { ...before, tags: ['a', 'b'] })).toEqual({ tags: ['a', 'b'] });
  });
});

describe('blankToNull', () => {
  it('clears empty text and trims the rest', () => {
    expect(blankToNull('  ')).toBeNull();
    expect(blankToNull(undefined)).toBeNull();
    expect(blankToNull(' Acme ')).toBe('Acme');
  });
});
