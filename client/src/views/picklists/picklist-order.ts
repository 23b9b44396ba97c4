import type { PicklistOption } from '@/api/types';

export interface OrderChange {
  optionKey: string;
  sortOrder: number;
  version: number;
}

/** The options in the order users see them. */
export function ordered(options: readonly PicklistOption[]): PicklistOption[] {
  return [...options].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

/**
 * Moving an option one place up or down swaps its sort order with its neighbour's. Options that
 * share a sort order (possible after imports) are pulled apart by one so the swap shows.
 */
export function moveOption(options: readonly PicklistOption[], optionKey: string, direction: -1 | 1): OrderChange[] {
  const list = ordered(options);
  const index = list.findIndex((option) => option.key === optionKey);
  const moving = list[index];
  const neighbour = list[index + direction];
  if (!moving || !neighbour) return [];
  if (moving.sortOrder !== neighbour.sortOrder) {
    return [
      { optionKey: moving.key, sortOrder: neighbour.sortOrder, version: moving.version },
      { optionKey: neighbour.key, sortOrder: moving.sortOrder, version: neighbour.version },
    ];
  }
  return [{ optionKey: moving.key, sortOrder: Math.max(0, neighbour.sortOrder + direction), version: moving.version }];
}

/** Where a new option goes: after the last one. */
export function nextSortOrder(options: readonly PicklistOption[]): number {
  return options.reduce((max, option) => Math.max(max, option.sortOrder), 0) + 10;
}
