import { describe, expect, it } from '@jest/globals';
import { ancestorIds, ancestorPaths, childPath, isInSubtree, subtreeUpperBound } from './team-path.js';

describe('team paths', () => {
  it('nest six-digit segments root first', () => {
    const east = childPath(childPath(null, 1), 12);
    expect(east).toBe('000001000012');
    expect(ancestorIds(east)).toEqual([1, 12]);
  });

  it('bound a subtree by a half-open range that excludes siblings', () => {
    const east = '000001000012';
    const upper = subtreeUpperBound(east);
    const eastChild = childPath(east, 99);
    const sibling = childPath('000001', 13);
    expect(eastChild >= east && eastChild < upper).toBe(true);
    expect(sibling >= east && sibling < upper).toBe(false);
    expect('000001' >= east).toBe(false);
    expect(isInSubtree(eastChild, east)).toBe(true);
  });

  it('lists the paths from the root down', () => {
    expect(ancestorPaths('000001000012000007')).toEqual(['000001', '000001000012', '000001000012000007']);
  });

  it('carries over nines', () => {
    expect(subtreeUpperBound('000019')).toBe('00002');
    expect(subtreeUpperBound('999999')).toBe('9999999');
  });
});
