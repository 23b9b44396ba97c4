import { computed, shallowRef } from 'vue';
import { productsApi } from '@/api/products-api';
import type { ProductCategory } from '@/api/types';

/** Product categories, for the catalogue's filter and the product form. */
export function useProductCategories() {
  const categories = shallowRef<ProductCategory[]>([]);
  const byId = computed(() => new Map(categories.value.map((category) => [category.id, category])));

  async function load(): Promise<void> {
    categories.value = await productsApi.categories();
  }

  /** "Hardware / Network": a category with its parents. */
  function nameOf(id: number | null | undefined): string {
    const names: string[] = [];
    for (let category = id == null ? undefined : byId.value.get(id); category; category = category.parentId === null ? undefined : byId.value.get(category.parentId)) {
      names.unshift(category.name);
      if (names.length > categories.value.length) break;
    }
    return names.join(' / ');
  }

  const options = computed(() =>
    categories.value.map((category) => ({ value: category.id, label: nameOf(category.id) })).sort((a, b) => a.label.localeCompare(b.label)),
  );

  return { categories, load, nameOf, options };
}
