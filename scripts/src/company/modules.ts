import { activityChronology, activityRows } from './activities.js';
import { buildCatalogue } from './catalogue.js';
import { CustomerFacts } from './chronology.js';
import { type Company } from './company.js';
import { type ModuleContext, orderChronology, orderLineRows, orderRows, orderStatusRows } from './orders.js';
import { allocationRows, contractRows, instalmentRows, paymentRows } from './receivables.js';
import { type TableData } from './rows.js';

/**
 * The rows of the CRM's modules beyond customers: activities, orders with their lines and status
 * history, contracts with payment plans, payments and their allocations. They depend on the
 * customers only through what the seed recomputes, so they can be added to a database whose
 * customers were generated earlier.
 */
export function moduleContext(company: Company, seed: number, customerCount: number, companyName: string): ModuleContext {
  const customers = new CustomerFacts(company, seed, customerCount);
  return {
    seed,
    customers,
    catalogue: buildCatalogue(seed),
    orders: orderChronology(customers, seed),
    activities: activityChronology(customers, seed),
    companyName,
    financeUserIds: company.users.filter((user) => user.roles.includes('finance')).map((user) => user.id),
  };
}

/** In load order; every table is filled with explicit ids, from 1. */
export function moduleTables(context: ModuleContext): TableData[] {
  return [
    activityRows(context),
    orderRows(context),
    orderLineRows(context),
    orderStatusRows(context),
    contractRows(context),
    instalmentRows(context),
    paymentRows(context),
    allocationRows(context),
  ];
}

/** Every table the module rows fill, the catalogue included: emptied before they are loaded. */
export const MODULE_TABLES = [
  'product_categories', 'products', 'activities', 'orders', 'order_lines', 'order_status_history', 'contracts',
  'payment_instalments', 'payments', 'payment_allocations',
];
