import { EnumField, IntField, BoolField, TextField } from '../validation/validators.js';

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Paging and sorting every list endpoint accepts. Modules extend it with their filters. */
export class ListQueryDto {
  @IntField({ min: 1, max: 100000, description: 'Page number, from 1. Deep pages need a cursor.' })
  page?: number;

  @IntField({ min: 1, max: 200, description: 'Rows per page, at most 200' })
  pageSize?: number;

  @TextField(40, { description: 'Sort field; each list documents the ones it accepts' })
  sort?: string;

  @EnumField(SORT_ORDERS, 'SortOrder')
  order?: SortOrder;

  @TextField(500, { description: 'nextCursor of the previous page: fetches the page after it at any depth' })
  cursor?: string;

  @BoolField({ description: 'Count every matching row instead of stopping at 10,000' })
  exactTotal?: boolean;

  /** Filled from `cf.<key>` query parameters by the validation pipe; not a parameter itself. */
  customFieldFilters?: Record<string, string>;
}
