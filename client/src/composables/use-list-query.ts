import { computed, reactive, ref, shallowRef, watch, type UnwrapRef } from 'vue';
import type { Page } from '@/api/types';
import { debounce } from '@/utils/debounce';

export type SortOrder = 'asc' | 'desc';

export interface ListSort {
  key: string;
  order: SortOrder;
}

/** Paging and sorting as every list endpoint takes them: a page number or a cursor. */
export interface PageRequest {
  pageSize: number;
  sort: string;
  order: SortOrder;
  page?: number;
  cursor?: string;
}

/** The server serves page numbers up to this row offset; deeper pages are reached by cursor. */
const MAX_OFFSET = 10_000;

export interface ListQueryOptions<F extends object, T> {
  fetchPage: (request: PageRequest & Partial<F>) => Promise<Page<T>>;
  filters: F;
  sort: ListSort;
  pageSize?: number;
  /** Filters apply this long after the last change, so typing does not send a request per key. */
  debounceMs?: number;
}

/** Filter values worth sending: no empty text, no unset choice, no empty list. */
export function activeFilters<F extends object>(filters: F): Partial<F> {
  return Object.fromEntries(
    Object.entries(filters).filter(
      ([, value]) => value !== '' && value !== null && value !== undefined && !(Array.isArray(value) && !value.length),
    ),
  ) as Partial<F>;
}

/**
 * The state of one server-side list: filters, sort, page size and page, and the rows they
 * fetched. Any change of filter, sort or page size starts again at page 1. Pages within the first
 * MAX_OFFSET rows are fetched by number; a deeper page only by the cursor of the page before it.
 * While the total is only a lower bound, the pager offers the pages known to exist and the next.
 */
export function useListQuery<F extends object, T>(options: ListQueryOptions<F, T>) {
  const filters = reactive({ ...options.filters });
  const sort = ref<ListSort>({ ...options.sort });
  const pageSize = ref(options.pageSize ?? 50);
  const page = ref(1);
  const rows = shallowRef<T[]>([]);
  const total = ref(0);
  const totalIsCapped = ref(false);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const nextCursor = ref<string | null>(null);

  /** Cursor that fetches each page reached through the page before it. */
  const cursors = new Map<number, string>();
  let latestRequest = 0;

  const lastOffsetPage = computed(() => Math.floor(MAX_OFFSET / pageSize.value) + 1);
  const withinOffset = (target: number) => target <= lastOffsetPage.value;

  /**
   * A capped total ("10,000+", or "50+" when counting ran out of time) is a lower bound with at
   * least one row beyond it: the pages up to that row exist, deeper ones may not. Past them the
   * pager grows one page at a time, as each answer's cursor proves the next page.
   */
  const pageCount = computed(() => {
    if (!totalIsCapped.value) return Math.max(1, Math.ceil(total.value / pageSize.value));
    const proven = Math.ceil((total.value + 1) / pageSize.value);
    return Math.max(proven, page.value + (nextCursor.value ? 1 : 0));
  });

  /** Filters and sort without paging: what an export of the same list needs. */
  const query = computed(() => ({
    ...activeFilters(filters as F),
    sort: sort.value.key,
    order: sort.value.order,
  }));

  async function load(): Promise<void> {
    const requestId = ++latestRequest;
    const target = page.value;
    const cursor = cursors.get(target);
    const position = withinOffset(target) || !cursor ? { page: target } : { cursor };
    loading.value = true;
    error.value = null;
    try {
      const result = await options.fetchPage({ ...query.value, pageSize: pageSize.value, ...position });
      // A slower answer to an older request must not overwrite a newer one.
      if (requestId !== latestRequest) return;
      rows.value = result.items;
      total.value = result.total;
      totalIsCapped.value = result.totalIsCapped;
      nextCursor.value = result.nextCursor;
      if (result.nextCursor) cursors.set(target + 1, result.nextCursor);
    } catch (failure) {
      if (requestId === latestRequest) error.value = failure;
    } finally {
      if (requestId === latestRequest) loading.value = false;
    }
  }

  function restart(): Promise<void> {
    applyFiltersLater.cancel();
    cursors.clear();
    page.value = 1;
    return load();
  }

  const applyFiltersLater = debounce(() => void restart(), options.debounceMs ?? 300);
  // Synchronous, so that restart() can cancel what a programmatic change of filters scheduled.
  watch(() => ({ ...filters }), applyFiltersLater, { deep: true, flush: 'sync' });

  /** Opens a page; one that can be reached neither by number nor by cursor is ignored. */
  function goTo(target: number): Promise<void> {
    if (target < 1 || (!withinOffset(target) && !cursors.has(target))) return Promise.resolve();
    page.value = target;
    return load();
  }

  function setSort(next: ListSort): Promise<void> {
    sort.value = { ...next };
    return restart();
  }

  function setPageSize(size: number): Promise<void> {
    pageSize.value = size;
    return restart();
  }

  /** Resets the filters to their initial values and starts again; filters added since are dropped. */
  function resetFilters(): Promise<void> {
    for (const key of Object.keys(filters)) {
      if (!(key in options.filters)) delete (filters as Record<string, unknown>)[key];
    }
    Object.assign(filters, options.filters);
    return restart();
  }

  void load();

  return {
    filters: filters as UnwrapRef<F>,
    sort,
    pageSize,
    page,
    pageCount,
    rows,
    total,
    totalIsCapped,
    loading,
    error,
    query,
    goTo,
    setSort,
    setPageSize,
    resetFilters,
    /** Fetches the current page again, e.g. after a record on it changed. */
    reload: load,
    /** Applies filter changes now instead of after the debounce. */
    applyFilters: restart,
  };
}
