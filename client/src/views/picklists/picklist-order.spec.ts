import { describe, expect, it } from 'vitest';
import type { PicklistOption } from '@/api/types';
import { moveOption, nextSortOrder, ordered } from './picklist-order';

const option = (id: number, key: string, sortOrder: number): PicklistOption => ({
  id,
  key,
  labelEn: key,
  labelZh: key,
  sortOrder,
  color: null,
  isActive: true,
  version: id,
});

const OPTIONS = [option(1, 'a', 20), option(2, 'b', 10), option(3, 'c', 30)];

describe('picklist order', () => {
  it('orders by sort order', () => {
    expect(ordered(OPTIONS).map((o) => o.key)).toEqual(['b', 'a', 'c']);
  });

  it('swaps an option with its neighbour', () => {
    expect(moveOption(OPTIONS, 'a', -1)).toEqual([
      { optionKey: 'a', sortOrder: 10, version: 1 },
      { optionKey: 'b', sortOrder: 20, version: 2 },
    ]);
    expect(moveOption(OPTIONS, 'c', 1)).toEqual([]);
    expect(moveOption(OPTIONS, 'b', -1)).toEqual([]);
  });

  it('pulls apart options that share a sort order', () => {
    expect(moveOption([option(1, 'x', 10), option(2, 'y', 10)], 'y', -1)).toEqual([{ optionKey: 'y', sortOrder: 9, version: 2 }]);
  });

  it('puts a new option last', () => {
    expect(nextSortOrder(OPTIONS)).toBe(40);
    expect(nextSortOrder([])).toBe(10);
  });
});
