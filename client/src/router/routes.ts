import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import {
  Bell,
  Box,
  Collection,
  Connection,
  Files,
  Guide,
  MagicStick,
  Memo,
  Money,
  Wallet,
  Setting,
  Sunny,
  Tickets,
  Document,
  EditPen,
  Key,
  List,
  OfficeBuilding,
  PriceTag,
  Sell,
  Share,
  TrendCharts,
  User,
  UserFilled,
} from '@element-plus/icons-vue';
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
        path: 'leads',
        name: 'leads',
        component: () => import('@/views/leads/lead-list-page.vue'),
        meta: { titleKey: 'nav.leads', permission: { action: 'read', subject: 'leads' }, navOrder: 1.2, navIcon: markRaw(MagicStick) },
      },
      {
        path: 'leads/pool',
        name: 'lead-pool',
        component: () => import('@/views/leads/lead-pool-page.vue'),
        meta: { titleKey: 'nav.leadPool', permission: { action: 'read', subject: 'leads' }, navOrder: 1.3, navIcon: markRaw(Sunny) },
      },
      {
        path: 'leads/:id(\\d+)',
        name: 'lead-detail',
        component: () => import('@/views/leads/lead-detail-page.vue'),
        props: idProp,
        meta: { titleKey: 'leads.detailTitle', permission: { action: 'read', subject: 'leads' } },
      },
      {
        path: 'customers/pool',
        name: 'customer-pool',
        component: () => import('@/views/customer-pool/customer-pool-page.vue'),
        meta: { titleKey: 'nav.customerPool', permission: { action: 'read', subject: 'customers' }, navOrder: 1.1, navIcon: markRaw(Files) },
      },
      {
        path: 'activities',
        name: 'activities',
        component: () => import('@/views/activities/activity-list-page.vue'),
        meta: { titleKey: 'nav.activities', permission: { action: 'read', subject: 'activities' }, navOrder: 3.1, navIcon: markRaw(Bell) },
      },
      {
        path: 'product-categories',
        name: 'product-categories',
        component: () => import('@/views/products/product-category-page.vue'),
        meta: { titleKey: 'nav.productCategories', permission: { action: 'read', subject: 'products' } },
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
        path: 'opportunities',
        name: 'opportunities',
        component: () => import('@/views/opportunities/opportunity-list-page.vue'),
        meta: {
          titleKey: 'nav.opportunities',
          permission: { action: 'read', subject: 'opportunities' },
          navOrder: 3,
          navIcon: markRaw(TrendCharts),
        },
      },
      {
        path: 'opportunities/board',
        name: 'opportunity-board',
        component: () => import('@/views/opportunities/opportunity-board-page.vue'),
        meta: { titleKey: 'opportunities.boardTitle', permission: { action: 'read', subject: 'opportunities' } },
      },
      {
        path: 'opportunities/:id(\\d+)',
        name: 'opportunity-detail',
        component: () => import('@/views/opportunities/opportunity-detail-page.vue'),
        props: idProp,
        meta: { titleKey: 'opportunities.detailTitle', permission: { action: 'read', subject: 'opportunities' } },
      },
      {
        path: 'quotes',
        name: 'quotes',
        component: () => import('@/views/quotes/quote-list-page.vue'),
        meta: { titleKey: 'nav.quotes', permission: { action: 'read', subject: 'quotes' }, navOrder: 3.05, navIcon: markRaw(Tickets) },
      },
      {
        path: 'quotes/approvals',
        name: 'quote-approvals',
        component: () => import('@/views/quotes/quote-approvals-page.vue'),
        meta: { titleKey: 'quotes.approvals.title', permission: { action: 'read', subject: 'quotes' } },
      },
      {
        path: 'quotes/:id(\\d+)',
        name: 'quote-detail',
        component: () => import('@/views/quotes/quote-detail-page.vue'),
        props: idProp,
        meta: { titleKey: 'quotes.detailTitle', permission: { action: 'read', subject: 'quotes' } },
      },
      {
        path: 'orders',
        name: 'orders',
        component: () => import('@/views/orders/order-list-page.vue'),
        meta: { titleKey: 'nav.orders', permission: { action: 'read', subject: 'orders' }, navOrder: 3.07, navIcon: markRaw(Sell) },
      },
      {
        path: 'orders/:id(\\d+)',
        name: 'order-detail',
        component: () => import('@/views/orders/order-detail-page.vue'),
        props: idProp,
        meta: { titleKey: 'orders.detailTitle', permission: { action: 'read', subject: 'orders' } },
      },
      {
        path: 'contracts',
        name: 'contracts',
        component: () => import('@/views/contracts/contract-list-page.vue'),
        meta: { titleKey: 'nav.contracts', permission: { action: 'read', subject: 'contracts' }, navOrder: 3.08, navIcon: markRaw(Memo) },
      },
      {
        path: 'contracts/:id(\\d+)',
        name: 'contract-detail',
        component: () => import('@/views/contracts/contract-detail-page.vue'),
        props: idProp,
        meta: { titleKey: 'contracts.detailTitle', permission: { action: 'read', subject: 'contracts' } },
      },
      {
        path: 'receivables',
        name: 'receivables',
        component: () => import('@/views/receivables/receivable-list-page.vue'),
        meta: { titleKey: 'nav.receivables', permission: { action: 'read', subject: 'receivables' }, navOrder: 3.09, navIcon: markRaw(Wallet) },
      },
      {
        path: 'receivables/aging',
        name: 'receivables-aging',
        component: () => import('@/views/receivables/receivable-aging-page.vue'),
        meta: { titleKey: 'receivables.agingView', permission: { action: 'read', subject: 'receivables' } },
      },
      {
        path: 'receivables/payments',
        name: 'payments',
        component: () => import('@/views/receivables/payment-list-page.vue'),
        meta: { titleKey: 'receivables.paymentsView', permission: { action: 'read', subject: 'receivables' } },
      },
      {
        path: 'invoices',
        name: 'invoices',
        component: () => import('@/views/invoices/invoice-list-page.vue'),
        meta: { titleKey: 'nav.invoices', permission: { action: 'read', subject: 'invoices' }, navOrder: 3.095, navIcon: markRaw(Money) },
      },
      {
        path: 'invoices/:id(\\d+)',
        name: 'invoice-detail',
        component: () => import('@/views/invoices/invoice-detail-page.vue'),
        props: idProp,
        meta: { titleKey: 'invoices.detailTitle', permission: { action: 'read', subject: 'invoices' } },
      },
      {
        path: 'products',
        name: 'products',
        component: () => import('@/views/products/product-list-page.vue'),
        meta: { titleKey: 'nav.products', permission: { action: 'read', subject: 'products' }, navOrder: 4, navIcon: markRaw(Box) },
      },
      {
        path: 'price-lists',
        name: 'price-lists',
        component: () => import('@/views/price-lists/price-list-page.vue'),
        meta: { titleKey: 'nav.priceLists', permission: { action: 'read', subject: 'products' }, navOrder: 5, navIcon: markRaw(PriceTag) },
      },
      {
        path: 'price-lists/:id(\\d+)',
        name: 'price-list-detail',
        component: () => import('@/views/price-lists/price-list-detail-page.vue'),
        props: idProp,
        meta: { titleKey: 'priceLists.detailTitle', permission: { action: 'read', subject: 'products' } },
      },
      {
        path: 'admin/users',
        name: 'admin-users',
        component: () => import('@/views/users/user-list-page.vue'),
        meta: { titleKey: 'nav.users', permission: { action: 'read', subject: 'users' }, navOrder: 11, navGroup: 'admin', navIcon: markRaw(UserFilled) },
      },
      {
        path: 'admin/teams',
        name: 'admin-teams',
        component: () => import('@/views/teams/team-tree-page.vue'),
        meta: { titleKey: 'nav.teams', permission: { action: 'read', subject: 'teams' }, navOrder: 12, navGroup: 'admin', navIcon: markRaw(Share) },
      },
      {
        path: 'admin/roles',
        name: 'admin-roles',
        component: () => import('@/views/roles/role-list-page.vue'),
        meta: { titleKey: 'nav.roles', permission: { action: 'read', subject: 'roles' }, navOrder: 13, navGroup: 'admin', navIcon: markRaw(Key) },
      },
      {
        path: 'admin/picklists',
        name: 'admin-picklists',
        component: () => import('@/views/picklists/picklist-page.vue'),
        meta: { titleKey: 'nav.picklists', permission: { action: 'read', subject: 'settings' }, navOrder: 14, navGroup: 'admin', navIcon: markRaw(List) },
      },
      {
        path: 'admin/custom-fields',
        name: 'admin-custom-fields',
        component: () => import('@/views/custom-fields/custom-field-page.vue'),
        meta: {
          titleKey: 'nav.customFields',
          permission: { action: 'read', subject: 'settings' },
          navOrder: 15,
          navGroup: 'admin',
          navIcon: markRaw(EditPen),
        },
      },
      {
        path: 'admin/field-rules',
        name: 'admin-field-rules',
        component: () => import('@/views/field-rules/field-rules-page.vue'),
        meta: {
          titleKey: 'nav.fieldRules',
          permission: { action: 'read', subject: 'settings' },
          navOrder: 16,
          navGroup: 'admin',
          navIcon: markRaw(Document),
        },
      },
      {
        path: 'admin/lead-intake',
        name: 'admin-lead-intake',
        component: () => import('@/views/leads/lead-intake-page.vue'),
        meta: { titleKey: 'nav.leadIntake', permission: { action: 'read', subject: 'settings' }, navOrder: 17, navGroup: 'admin', navIcon: markRaw(Connection) },
      },
      {
        path: 'admin/pipelines',
        name: 'admin-pipelines',
        component: () => import('@/views/pipelines/pipeline-admin-page.vue'),
        meta: { titleKey: 'nav.pipelines', permission: { action: 'read', subject: 'settings' }, navOrder: 18, navGroup: 'admin', navIcon: markRaw(Guide) },
      },
      {
        path: 'admin/pool-settings',
        name: 'admin-pool-settings',
        component: () => import('@/views/customer-pool/pool-settings-page.vue'),
        meta: { titleKey: 'nav.poolSettings', permission: { action: 'read', subject: 'settings' }, navOrder: 19, navGroup: 'admin', navIcon: markRaw(Setting) },
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

/** Sidebar groups: their title and icon. */
export const NAV_GROUPS = {
  admin: { titleKey: 'nav.admin', icon: markRaw(Collection) },
} as const;

export type NavGroup = keyof typeof NAV_GROUPS;
