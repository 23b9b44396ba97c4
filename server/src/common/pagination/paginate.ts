import { type ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { budgetedQueries } from '../database/budgeted-queries.js';
import { insideTransaction } from '../database/open-transactions.js';
import { AppError, invalid } from '../errors/app-error.js';
import { ListQueryDto, type SortOrder } from './list-query.dto.js';

export const TOTAL_CAP = 10_000;
const MAX_OFFSET = 10_000;
const DEFAULT_PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  /** Matching rows; at most TOTAL_CAP unless exactTotal was asked for. */
  total: number;
  /**
   * True when there are more than `total` rows ("10,000+"), or when counting took longer than a
   * list may wait and `total` is the rows up to the end of this page (a lower bound).
   */
  totalIsCapped: boolean;
  /** Opaque cursor for the next page, null on the last page. */
  nextCursor: string | null;
}

/** Sort keys a list accepts, mapped to entity properties. Every one must be non-null and indexed. */
export type SortMap = Record<string, string>;

interface CursorValue {
  v: string | number;
  id: number;
  /** Rows before the cursor, for the lower bound of a total that ran out of time. */
  n?: number;
}

function decodeCursor(cursor: string): CursorValue {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorValue;
    if (typeof value.id !== 'number' || value.v === undefined) throw new Error('shape');
    return value;
  } catch {
    throw invalid([{ field: 'cursor', reason: 'is not a cursor this list returned' }]);
  }
}

function encodeCursor(value: unknown, id: number, n: number): string {
  const v = value instanceof Date ? value.toISOString() : (value as string | number);
  return Buffer.from(JSON.stringify({ v, id, n })).toString('base64url');
}

export interface PageOptions<T, R> {
  skipTotal?: boolean;
  orderBy?: string;
  /**
   * Completes the page's rows (owners, custom fields, field rules) while the total is still being
   * counted, so the answer waits for the longer of the two, not for both in turn.
   */
  enrich?: (items: T[]) => Promise<R[]>;
}

/**
 * Runs a list query: sort from a whitelist (id breaks ties), OFFSET for the first pages, keyset
 * after a cursor at any depth, and a total capped at TOTAL_CAP unless the exact count is asked for.
 * `qb` must already carry the access scope and filters.
 */
export async function paginate<T extends ObjectLiteral, R = T>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  query: ListQueryDto,
  sorts: SortMap,
  defaultSort: { key: string; order: SortOrder },
  options: PageOptions<T, R> = {},
): Promise<Page<R>> {
  const sortKey = query.sort ?? defaultSort.key;
  const property = sorts[sortKey];
  if (options.orderBy) return paginateByExpression(qb, alias, query, options.orderBy, options);
  if (!property) {
    throw invalid([{ field: 'sort', reason: `must be one of: ${Object.keys(sorts).join(', ')}` }]);
  }
  const order = query.sort ? (query.order ?? 'asc') : (query.order ?? defaultSort.order);
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const counting = options.skipTotal ? Promise.resolve({ total: 0, capped: false }) : countRows(qb, query.exactTotal === true);

  const rows = qb.clone();
  let before = 0;
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    before = after.n ?? 0;
    const cmp = order === 'asc' ? '>' : '<';
    const sortValue = property === 'createdAt' || property === 'updatedAt' ? new Date(after.v) : after.v;
    // The first bound repeats what the OR says: it is there because planners use it as the start of
    // the index range, where the OR alone makes them scan from the first row and filter.
    rows.andWhere(
      `${alias}.${property} ${cmp}= :cursorValue AND (${alias}.${property} ${cmp} :cursorValue OR (${alias}.${property} = :cursorValue AND ${alias}.id ${cmp} :cursorId))`,
      { cursorValue: sortValue, cursorId: after.id },
    );
  } else {
    const offset = ((query.page ?? 1) - 1) * pageSize;
    if (offset > MAX_OFFSET) {
      throw new AppError(400, 'PAGE_TOO_DEEP', `Pages beyond row ${MAX_OFFSET} are reached with the cursor`, [
        { field: 'page', reason: 'use cursor for pages this deep' },
      ]);
    }
    rows.offset(offset);
    before = offset;
  }
  rows.orderBy(`${alias}.${property}`, direction).addOrderBy(`${alias}.id`, direction).limit(pageSize + 1);

  const page = rows.getMany().then(async (fetched) => {
    const hasMore = fetched.length > pageSize;
    const items = hasMore ? fetched.slice(0, pageSize) : fetched;
    const last = items[items.length - 1] as Record<string, unknown> | undefined;
    const seen = before + items.length;
    const nextCursor = hasMore && last ? encodeCursor(last[property], last.id as number, seen) : null;
    return { items: await enriched(items, options), hasMore, seen, nextCursor };
  });
  const [{ items, hasMore, seen, nextCursor }, counted] = await Promise.all([page, counting]);
  return {
    items,
    ...(counted ? { total: counted.total, totalIsCapped: counted.capped } : { total: seen, totalIsCapped: hasMore }),
    nextCursor,
  };
}

const enriched = <T, R>(items: T[], options: PageOptions<T, R>): Promise<R[]> =>
  options.enrich ? options.enrich(items) : Promise.resolve(items as unknown as R[]);

/**
 * Sorting on a computed or joined value (custom fields): OFFSET pages only, since such values can
 * be empty and shared, which a keyset cursor cannot step over.
 */
async function paginateByExpression<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  query: ListQueryDto,
  orderBy: string,
  options: PageOptions<T, R>,
): Promise<Page<R>> {
  if (query.cursor) throw invalid([{ field: 'cursor', reason: 'is not available when sorting on a custom field' }]);
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const offset = ((query.page ?? 1) - 1) * pageSize;
  if (offset > MAX_OFFSET) {
    throw new AppError(400, 'PAGE_TOO_DEEP', `Pages beyond row ${MAX_OFFSET} are not available for this sort`, [
      { field: 'page', reason: 'narrow the filters or sort on a built-in field' },
    ]);
  }
  const direction = (query.order ?? 'asc') === 'asc' ? 'ASC' : 'DESC';
  const counting = options.skipTotal ? Promise.resolve({ total: 0, capped: false }) : countRows(qb, query.exactTotal === true);
  const rows = qb.clone().orderBy(orderBy, direction).addOrderBy(`${alias}.id`, direction).offset(offset).limit(pageSize + 1);
  const page = rows.getMany().then(async (fetched) => {
    const hasMore = fetched.length > pageSize;
    const items = hasMore ? fetched.slice(0, pageSize) : fetched;
    return { hasMore, shown: items.length, items: await enriched(items, options) };
  });
  const [{ items, hasMore, shown }, counted] = await Promise.all([page, counting]);
  const total = counted ?? { total: offset + shown, capped: hasMore };
  return { items, total: total.total, totalIsCapped: total.capped, nextCursor: null };
}

async function countRows<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  exact: boolean,
): Promise<{ total: number; capped: boolean } | null> {
  if (exact) return { total: await qb.clone().orderBy().getCount(), capped: false };
  const inner = qb.clone().select('1', 'one').orderBy().limit(TOTAL_CAP + 1);
  const [sql, params] = inner.getQueryAndParameters();
  const count = `SELECT COUNT(*) AS total FROM (${sql}) capped_rows`;
  // The list's default total has a time budget (LIST_COUNT_BUDGET_MS): the page reads a few index
  // entries, the count may read every row the filters keep (a rare picklist pair, a custom field
  // over a whole team), a hundred times more. Past the budget the page answers with a lower bound.
  // Inside a transaction the count must see its rows, so it runs there, unbudgeted.
  const budgeted = insideTransaction() ? undefined : budgetedQueries(qb.connection);
  const result = budgeted ? await budgeted.query(count, params) : ((await qb.connection.query(count, params)) as Array<Record<string, unknown>>);
  if (!result) return null;
  const row = result[0] ?? {};
  const total = Number(row.total ?? row.TOTAL ?? 0);
  return total > TOTAL_CAP ? { total: TOTAL_CAP, capped: true } : { total, capped: false };
}
