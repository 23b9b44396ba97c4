import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { owningField, useServerErrors } from './use-server-errors';

describe('useServerErrors', () => {
  it('places problems on their fields and hands back those the form does not show', () => {
    const { errors, show, dismiss } = useServerErrors(['name', 'email', 'tags']);
    const unplaced = show([
      { field: 'email', reason: 'must be an email address' },
      { field: 'tags.2', reason: 'each item must be at most 40 characters' },
      { field: 'ownerId', reason: 'must be an integer' },
      { field: 'email', reason: 'second problem of the same field' },
    ]);
    expect({ ...errors }).toEqual({ email: 'must be an email address', tags: 'each item must be at most 40 characters' });
    expect(unplaced).toEqual([{ field: 'ownerId', reason: 'must be an integer' }]);

    dismiss('email');
    expect({ ...errors }).toEqual({ tags: 'each item must be at most 40 characters' });
    show([]);
    expect({ ...errors }).toEqual({});
  });

  it('puts a custom field’s problem on that field, following the fields the form shows now', () => {
    const fields = ref(['name']);
    const { errors, show } = useServerErrors(fields);
    expect(show([{ field: 'customFields.size', reason: 'is required' }])).toHaveLength(1);

    fields.value = ['name', 'customFields.size', 'customFields.regions'];
    const unplaced = show([
      { field: 'customFields.size', reason: 'is required' },
      { field: 'customFields.regions.1', reason: 'is not an option' },
      { field: 'customFields.gone', reason: 'is not a field of customers' },
    ]);
    expect({ ...errors }).toEqual({ 'customFields.size': 'is required', 'customFields.regions': 'is not an option' });
    expect(unplaced).toEqual([{ field: 'customFields.gone', reason: 'is not a field of customers' }]);
  });
});

describe('owningField', () => {
  it('takes the longest field that begins the path', () => {
    expect(owningField('lines.2.quantity', ['lines', 'lines.2.quantity'])).toBe('lines.2.quantity');
    expect(owningField('lines.3.quantity', ['lines', 'lines.2.quantity'])).toBe('lines');
    expect(owningField('linesX', ['lines'])).toBeUndefined();
  });
});
