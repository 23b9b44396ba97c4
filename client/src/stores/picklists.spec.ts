import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Picklist } from '@/api/types';
import { usePicklistsStore } from './picklists';
import { usePreferencesStore } from './preferences';

const picklistsApi = vi.hoisted(() => ({ list: vi.fn() }));
vi.mock('@/api/picklists-api', () => ({ picklistsApi }));

const option = (key: string, labelEn: string, labelZh: string, sortOrder: number, isActive = true, color: string | null = null) => ({
  id: sortOrder,
  key,
  labelEn,
  labelZh,
  sortOrder,
  color,
  isActive,
  version: 1,
});

const LEVELS: Picklist = {
  key: 'customer_level',
  labelEn: 'Customer level',
  labelZh: '客户等级',
  isSystem: true,
  options: [option('C', 'C - small', 'C - 小客户', 3), option('A', 'A - key account', 'A - 重点客户', 1, true, '#d4380d'), option('X', 'Retired', '停用', 2, false)],
};

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
  picklistsApi.list.mockResolvedValue([LEVELS]);
});

describe('picklists store', () => {
  it('labels options in the UI language and shows unknown keys as they are', async () => {
    const picklists = usePicklistsStore();
    await picklists.load();
    usePreferencesStore().setLocale('en');
    expect(picklists.label('customer_level', 'A')).toBe('A - key account');
    usePreferencesStore().setLocale('zh-CN');
    expect(picklists.label('customer_level', 'A')).toBe('A - 重点客户');
    expect(picklists.label('customer_level', 'Z')).toBe('Z');
    expect(picklists.label('customer_level', null)).toBe('');
    expect(picklists.color('customer_level', 'A')).toBe('#d4380d');
  });

  it('offers the active options in their order, and a retired one only for a record that holds it', async () => {
    const picklists = usePicklistsStore();
    await picklists.load();
    usePreferencesStore().setLocale('en');
    expect(picklists.options('customer_level').map((choice) => choice.value)).toEqual(['A', 'C']);
    expect(picklists.options('customer_level', 'X').map((choice) => choice.value)).toEqual(['A', 'X', 'C']);
    expect(picklists.options('unknown')).toEqual([]);
  });
});
