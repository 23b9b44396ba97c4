// ElTag comes through unplugin-auto-import, which also brings its stylesheet.
import { h, type VNodeChild } from 'vue';
import type { User } from '@/api/types';
import type { TableColumn } from '@/components/data-table/table-column';
import { formatDate } from '@/utils/format';

export interface UserColumnContext {
  locale: string;
  roleName: (key: string) => string;
  teamPath: (id: number) => string;
  statusLabel: (user: User) => string;
  lockedLabel: string;
  /** The row's action menu. */
  actions: (user: User) => VNodeChild;
}

/** The user list's columns. username, displayName and createdAt are the API's sort keys. */
export function userColumns(ctx: UserColumnContext): TableColumn<User>[] {
  return [
    {
      key: 'username',
      titleKey: 'users.fields.username',
      width: 150,
      sortable: true,
      pinned: true,
      required: true,
      render: (row) => h('span', { 'data-test': 'user-username' }, row.username),
    },
    { key: 'displayName', titleKey: 'users.fields.displayName', width: 200, sortable: true, render: (row) => row.displayName },
    { key: 'team', titleKey: 'users.fields.team', width: 200, render: (row) => ctx.teamPath(row.team.id) || row.team.name },
    {
      key: 'roles',
      titleKey: 'users.fields.roles',
      width: 200,
      render: (row) => row.roles.map((role) => h(ElTag, { size: 'small', type: 'info', class: 'user-role-tag' }, () => ctx.roleName(role))),
    },
    {
      key: 'status',
      titleKey: 'common.status',
      width: 150,
      render: (row) => [
        h(ElTag, { size: 'small', type: row.isActive ? 'success' : 'info' }, () => ctx.statusLabel(row)),
        row.isLocked ? h(ElTag, { size: 'small', type: 'danger', class: 'user-role-tag' }, () => ctx.lockedLabel) : null,
      ],
    },
    { key: 'email', titleKey: 'users.fields.email', width: 220, defaultVisible: false, render: (row) => row.email ?? '' },
    { key: 'createdAt', titleKey: 'users.fields.createdAt', width: 130, sortable: true, defaultVisible: false, render: (row) => formatDate(row.createdAt, ctx.locale) },
    { key: 'actions', titleKey: 'common.actions', width: 110, required: true, render: (row) => ctx.actions(row) },
  ];
}
