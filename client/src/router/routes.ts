import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import { OfficeBuilding, User } from '@element-plus/icons-vue';
import { markRaw } from 'vue';

const idProp = (route: RouteLocationNormalized) => ({ id: Number(route.params.id) });

/** Every page, and the signed-in layout, is loaded when first needed: the login page needs neither. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/login/login-page.vue'),
    meta: { titleKey: 'login.title', public: true },
  },
  {
    path: '/',
    component: () => import('@/components/layout/app-layout.vue'),
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('@/views/home/home-page.vue'),
        meta: { titleKey: 'home.title' },
      },
      {
        path: 'customers',
        name: 'customers',
        component: () => import('@/views/customers/customer-list-page.vue'),
        meta: { titleKey: 'nav.customers', permission: { action: 'read', subject: 'customers' }, navOrder: 1, navIcon: markRaw(OfficeBuilding) },
      },
      {
        path: 'customers/:id(\\d+)',
        name: 'customer-detail',
        component: () => import('@/views/customers/customer-detail-page.vue'),
        props: idProp,
        meta: { titleKey: 'customers.detailTitle', permission: { action: 'read', subject: 'customers' } },
      },
      {
        path: 'contacts',
        name: 'contacts',
        component: () => import('@/views/contacts/contact-list-page.vue'),
        meta: { titleKey: 'nav.contacts', permission: { action: 'read', subject: 'contacts' }, navOrder: 2, navIcon: markRaw(User) },
      },
      {
        path: 'contacts/:id(\\d+)',
        name: 'contact-detail',
        component: () => import('@/views/contacts/contact-detail-page.vue'),
        props: idProp,
        meta: { titleKey: 'contacts.detailTitle', permission: { action: 'read', subject: 'contacts' } },
      },
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('@/views/errors/forbidden-page.vue'),
        meta: { titleKey: 'errors.forbiddenTitle' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/errors/not-found-page.vue'),
        meta: { titleKey: 'errors.pageNotFoundTitle' },
      },
    ],
  },
];

/** Sidebar entries: the routes with a navOrder, in that order. */
export const navRoutes = (routes[1]?.children ?? [])
  .filter((route) => route.meta?.navOrder !== undefined)
  .sort((a, b) => (a.meta?.navOrder ?? 0) - (b.meta?.navOrder ?? 0));
