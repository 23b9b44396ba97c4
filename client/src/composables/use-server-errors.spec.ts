import { describe, expect, it } from 'vitest';
import { useServerErrors } from './use-server-errors';

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
});
