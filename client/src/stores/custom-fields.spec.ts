import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { CustomField } from '@/api/types';
import { useCustomFieldsStore } from './custom-fields';
import { useSessionStore } from './session';

const { visible } = vi.hoisted(() => ({ visible: vi.fn() }));
vi.mock('@/api/custom-fields-api', () => ({ customFieldsApi: { visible } }));

const definition = (id: number, sortOrder: number) => ({ id, fieldKey: `f${id}`, sortOrder }) as CustomField;

beforeEach(() => {
  setActivePinia(createPinia());
  visible.mockReset();
});

describe('custom fields store', () => {
  it('loads an entity’s fields once, in their configured order', async () => {
    visible.mockResolvedValue([definition(2, 20), definition(1, 20), definition(3, 10)]);
    const store = useCustomFieldsStore();
    const [first, second] = await Promise.all([store.load('customers'), store.load('customers')]);
    expect(first).toBe(second);
    expect(store.fields('customers').map((field) => field.id)).toEqual([3, 1, 2]);
    expect(store.fields('contacts')).toEqual([]);
    expect(visible).toHaveBeenCalledTimes(1);
  });

  it('forgets the fields when another user signs in, and when told to', async () => {
    visible.mockResolvedValue([definition(1, 0)]);
    const store = useCustomFieldsStore();
    const session = useSessionStore();
    await store.load('customers');
    session.me = { id: 99 } as never;
    await nextTick();
    expect(store.fields('customers')).toEqual([]);
    await store.load('customers');
    const before = store.generation;
    store.invalidate();
    expect(store.fields('customers')).toEqual([]);
    expect(store.generation).toBe(before + 1);
    expect(visible).toHaveBeenCalledTimes(1 + 1);
  });
});
