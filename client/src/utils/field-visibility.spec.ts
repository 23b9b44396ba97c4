import { describe, expect, it } from 'vitest';
import { hiddenFields } from './field-visibility';

describe('hiddenFields', () => {
  it('names the governed fields the record left out, and none without a record', () => {
    expect([...hiddenFields({ name: 'Acme', phone: null }, ['phone', 'creditLimit', 'tags'])]).toEqual(['creditLimit', 'tags']);
    expect(hiddenFields(undefined, ['phone']).size).toBe(0);
  });
});
