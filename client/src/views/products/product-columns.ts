// ElTag comes through unplugin-auto-import, which also brings its stylesheet.
import { h, type VNodeChild } from 'vue';
import type { Product } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatMoney } from '@/utils/decimal';

export interface ProductColumnContext {
  categoryName: (id: number | null) => string;
  unitLabel: (key: string) => string;
  statusLabel: (active: boolean) => string;
  actions: (product: Product) => VNodeChild;
}

/** A field the user may not see is absent from the row: it reads as empty. */
const money = (value: string | null | undefined) => (value ? formatMoney(value) : '');

/** The catalogue's columns. name, code, createdAt and updatedAt are the API's sort keys. */
export function productColumns(ctx: ProductColumnContext): TableColumn<Product>[] {
  return [
    {
      key: 'name',
      titleKey: 'products.fields.name',
      width: 240,
      sortable: true,
      pinned: true,
      required: true,
      render: (row) => h('span', { 'data-test': 'product-name' }, row.name),
    },
    { key: 'code', titleKey: 'products.fields.code', width: 130, sortable: true, render: (row) => row.code },
    { key: 'categoryId', titleKey: 'products.fields.category', width: 140, render: (row) => ctx.categoryName(row.categoryId) },
    { key: 'unit', titleKey: 'products.fields.unit', width: 90, render: (row) => ctx.unitLabel(row.unit) },
    { key: 'listPrice', titleKey: 'products.fields.listPrice', width: 140, align: 'right', render: (row) => money(row.listPrice) },
    { key: 'taxRate', titleKey: 'products.fields.taxRate', width: 100, align: 'right', render: (row) => (row.taxRate ? `${row.taxRate}%` : '') },
    {
      key: 'status',
      titleKey: 'common.status',
      width: 100,
      render: (row) => h(ElTag, { size: 'small', type: row.isActive ? 'success' : 'info' }, () => ctx.statusLabel(row.isActive)),
    },
    { key: 'cost', titleKey: 'products.fields.cost', width: 130, align: 'right', defaultVisible: false, render: (row) => money(row.cost) },
    { key: 'specification', titleKey: 'products.fields.specification', width: 200, defaultVisible: false, render: (row) => row.specification ?? '' },
    { key: 'actions', titleKey: 'common.actions', width: 190, required: true, render: (row) => ctx.actions(row) },
  ];
}
