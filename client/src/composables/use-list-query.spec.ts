import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick } from 'vue';
import type { Page } from '@/api/types';
import { activeFilters, useListQuery, type PageRequest } from './use-list-query';

interface Filters {
  q: string;
  region: string;
  ownerId: number | undefined;
}

const page = (ids: number[], extra: Partial<Page<{ id: number }>> = {}): Page<{ id: number }> => ({
  items: ids.map((id) => ({ id })),
  total: ids.length,
  totalIsCapped: false,
  nextCursor: null,
  ...extra,
});

function setUp(fetchPage: (request: PageRequest & Partial<Filters>) => Promise<Page<{ id: number }>>, pageSize = 50) {
  const scope = effectScope();
  const list = scope.run(() =>
    useListQuery<Filters, { id: number }>({
      fetchPage,
      filters: { q: '', region: '', ownerId: undefined },
      sort: { key: 'createdAt', order: 'desc' },
      pageSize,
    }),
  )!;
  return { list, stop: () => scope.stop() };
}

/** Lets pending promise callbacks run (timers are faked). */
const settle = () => vi.runAllTimersAsync();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useListQuery', () => {
  it('loads the first page with the sort and no empty filters', async () => {
    const fetchPage = vi.fn(() => Promise.resolve(page([1, 2], { total: 2 })));
    const { list } = setUp(fetchPage);
    await vi.runAllTimersAsync();
    expect(fetchPage).toHaveBeenCalledWith({ sort: 'createdAt', order: 'desc', pageSize: 50, page: 1 });
    expect(list.rows.value).toEqual([{ id: 1 }, { id: 2 }]);
    expect(list.total.value).toBe(2);
    expect(list.pageCount.value).toBe(1);
    expect(list.loading.value).toBe(false);
  });

  it('applies filter changes once typing stops, from page 1', async () => {
    const fetchPage = vi.fn(() => Promise.resolve(page([1], { total: 120 })));
    const { list } = setUp(fetchPage);
    await vi.runAllTimersAsync();
    await list.goTo(3);
    expect(fetchPage).toHaveBeenLastCalledWith(expect.objectContaining({ page: 3 }));

    list.filters.q = 'a';
    list.filters.q = 'ac';
    list.filters.q = 'acme';
    list.filters.region = 'east';
    await nextTick();
    expect(fetchPage).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(fetchPage).toHaveBeenCalledTimes(3);
    expect(fetchPage).toHaveBeenLastCalledWith({ q: 'acme', region: 'east', sort: 'createdAt', order: 'desc', pageSize: 50, page: 1 });
    expect(list.page.value).toBe(1);
  });

  it('restarts at page 1 on a new sort or page size, and resets filters without a second request', async () => {
    const fetchPage = vi.fn(() => Promise.resolve(page([1], { total: 500 })));
    const { list } = setUp(fetchPage);
    await vi.runAllTimersAsync();
    await list.goTo(4);
    await list.setSort({ key: 'name', order: 'asc' });
    expect(fetchPage).toHaveBeenLastCalledWith({ sort: 'name', order: 'asc', pageSize: 50, page: 1 });
    await list.setPageSize(200);
    expect(fetchPage).toHaveBeenLastCalledWith({ sort: 'name', order: 'asc', pageSize: 200, page: 1 });

    list.filters.q = 'x';
    const calls = fetchPage.mock.calls.length;
    await list.resetFilters();
    await vi.runAllTimersAsync();
    expect(fetchPage).toHaveBeenCalledTimes(calls + 1);
    expect(list.filters.q).toBe('');
  });

  it('sends filters added after the start (custom fields), and drops them on reset', async () => {
    const fetchPage = vi.fn<(request: PageRequest & Partial<Filters>) => Promise<Page<{ id: number }>>>(() => Promise.resolve(page([1])));
    const { list } = setUp(fetchPage);
    await vi.runAllTimersAsync();
    (list.filters as Record<string, unknown>)['cf.size.gte'] = 10;
    await vi.advanceTimersByTimeAsync(300);
    expect(fetchPage).toHaveBeenLastCalledWith(expect.objectContaining({ 'cf.size.gte': 10, page: 1 }));

    await list.resetFilters();
    expect(list.filters).not.toHaveProperty('cf.size.gte');
    expect(fetchPage.mock.lastCall?.[0]).not.toHaveProperty('cf.size.gte');
  });

  it('reaches pages beyond the offset limit by cursor, one page further than the deepest reached', async () => {
    // 200 rows a page: numbered pages reach row 10,000 at page 51; page 52 needs page 51's cursor.
    const fetchPage = vi.fn((request: PageRequest) =>
      Promise.resolve(
        page([request.page ?? 0], { total: 10_000, totalIsCapped: true, nextCursor: `after-${request.page ?? request.cursor}` }),
      ),
    );
    const { list } = setUp(fetchPage, 200);
    await vi.runAllTimersAsync();
    expect(list.pageCount.value).toBe(51);

    await list.goTo(60);
    expect(list.page.value).toBe(1);

    await list.goTo(51);
    expect(fetchPage).toHaveBeenLastCalledWith(expect.objectContaining({ page: 51 }));
    expect(list.pageCount.value).toBe(52);

    await list.goTo(52);
    expect(fetchPage).toHaveBeenLastCalledWith(expect.objectContaining({ cursor: 'after-51' }));
    expect(fetchPage.mock.lastCall?.[0]).not.toHaveProperty('page');
    expect(list.pageCount.value).toBe(53);

    await list.goTo(53);
    expect(fetchPage).toHaveBeenLastCalledWith(expect.objectContaining({ cursor: 'after-after-51' }));
    // Back one page: the cursor that fetched it is remembered.
    await list.goTo(52);
    expect(fetchPage).toHaveBeenLastCalledWith(expect.objectContaining({ cursor: 'after-51' }));
  });

  it('offers only the pages a lower-bound total proves, plus the next one, until the total is known', async () => {
    // The count ran out of time: each answer's total is the rows up to the end of its page, "50+".
    const pages: Record<number, Page<{ id: number }>> = {
      1: page([1], { total: 50, totalIsCapped: true, nextCursor: 'after-1' }),
      2: page([2], { total: 100, totalIsCapped: true, nextCursor: 'after-2' }),
      3: page([3], { total: 130, totalIsCapped: false, nextCursor: null }),
    };
    const fetchPage = vi.fn((request: PageRequest) => Promise.resolve(pages[request.page ?? 0]!));
    const { list } = setUp(fetchPage);
    await vi.runAllTimersAsync();
    expect(list.pageCount.value).toBe(2);

    await list.goTo(2);
    expect(list.pageCount.value).toBe(3);

    await list.goTo(3);
    expect(list.pageCount.value).toBe(3);
  });

  it('offers the next page of a lower-bound total that has no cursor (custom-field sorts page by number)', async () => {
    const fetchPage = vi.fn(() => Promise.resolve(page([1], { total: 50, totalIsCapped: true, nextCursor: null })));
    const { list } = setUp(fetchPage);
    await vi.runAllTimersAsync();
    expect(list.pageCount.value).toBe(2);
  });

  it('keeps the newest answer when an older one arrives late', async () => {
    const resolvers: Array<(value: Page<{ id: number }>) => void> = [];
    const fetchPage = vi.fn(() => new Promise<Page<{ id: number }>>((resolve) => resolvers.push(resolve)));
    const { list } = setUp(fetchPage);
    void list.goTo(1);
    expect(resolvers).toHaveLength(2);
    resolvers[1]!(page([2]));
    await settle();
    resolvers[0]!(page([1]));
    await settle();
    expect(list.rows.value).toEqual([{ id: 2 }]);
  });

  it('keeps a failed request’s error until the next load', async () => {
    const fetchPage = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(page([1]));
    const { list } = setUp(fetchPage);
    await vi.runAllTimersAsync();
    expect(list.error.value).toEqual(new Error('offline'));
    await list.reload();
    expect(list.error.value).toBeNull();
    expect(list.rows.value).toEqual([{ id: 1 }]);
  });
});

describe('activeFilters', () => {
  it('leaves out empty text, unset values and empty lists', () => {
    expect(activeFilters({ q: '', region: 'east', ownerId: undefined, status: null, tags: [], level: 0 })).toEqual({ region: 'east', level: 0 });
  });
});
