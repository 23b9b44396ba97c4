// ElIcon comes through unplugin-auto-import, which also brings its stylesheet.
import { StarFilled } from '@element-plus/icons-vue';
import { h } from 'vue';
import { RouterLink } from 'vue-router';
import type { Contact } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatDate } from '@/utils/format';

export interface ContactColumnContext {
  locale: string;
  ownerName: (id: number | null) => string;
  customerLabel: (contact: Contact) => string;
  roleLabel: (key: string | null | undefined) => string;
  primaryLabel: string;
}

/** A field the user may not see is absent from the row: it reads as empty, never "undefined". */
const text = (value: string | null | undefined) => value ?? '';

/** The contact list's columns. name, createdAt and updatedAt are the API's sort keys. */
export function contactColumns(ctx: ContactColumnContext): TableColumn<Contact>[] {
  return [
    {
      key: 'name',
      titleKey: 'contacts.fields.name',
      width: 180,
      sortable: true,
      pinned: true,
      required: true,
      render: (row) => [
        h(RouterLink, { to: { name: 'contact-detail', params: { id: row.id } } }, () => row.name),
        row.isPrimary
          ? h(ElIcon, { class: 'contact-primary', title: ctx.primaryLabel, 'aria-label': ctx.primaryLabel }, () => h(StarFilled))
          : null,
      ],
    },
    { key: 'title', titleKey: 'contacts.fields.title', width: 150, render: (row) => text(row.title) },
    { key: 'contactRole', titleKey: 'contacts.fields.contactRole', width: 130, render: (row) => ctx.roleLabel(row.contactRole) },
    {
      key: 'customerId',
      titleKey: 'contacts.fields.customer',
      width: 140,
      render: (row) =>
        h(RouterLink, { to: { name: 'customer-detail', params: { id: row.customerId } } }, () => ctx.customerLabel(row)),
    },
    { key: 'mobile', titleKey: 'contacts.fields.mobile', width: 160, render: (row) => text(row.mobile) },
    { key: 'email', titleKey: 'contacts.fields.email', width: 220, render: (row) => text(row.email) },
    { key: 'owner', titleKey: 'contacts.fields.owner', width: 170, render: (row) => ctx.ownerName(row.ownerId) },
    { key: 'phone', titleKey: 'contacts.fields.phone', width: 150, defaultVisible: false, render: (row) => text(row.phone) },
    { key: 'createdAt', titleKey: 'contacts.fields.createdAt', width: 130, sortable: true, defaultVisible: false, render: (row) => formatDate(row.createdAt, ctx.locale) },
    { key: 'updatedAt', titleKey: 'contacts.fields.updatedAt', width: 130, sortable: true, render: (row) => formatDate(row.updatedAt, ctx.locale) },
  ];
}
