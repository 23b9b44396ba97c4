import { PlatformCore1764000000000 } from './1764000000000-platform-core.js';
import { Configuration1764100000000 } from './1764100000000-configuration.js';
import { NameSearch1764200000000 } from './1764200000000-name-search.js';
import { ProductCatalogue1764300000000 } from './1764300000000-product-catalogue.js';
import { SalesPipeline1764400000000 } from './1764400000000-sales-pipeline.js';
import { Leads1764500000000 } from './1764500000000-leads.js';
import { CustomerPool1764600000000 } from './1764600000000-customer-pool.js';
import { ListAndSearchIndexes1764700000000 } from './1764700000000-list-and-search-indexes.js';
import { Quotes1764800000000 } from './1764800000000-quotes.js';
import { LeadFollowUps1764900000000 } from './1764900000000-lead-follow-ups.js';
import { Orders1765000000000 } from './1765000000000-orders.js';
import { ContractsAndReceivables1765100000000 } from './1765100000000-contracts-and-receivables.js';
import { Invoices1765200000000 } from './1765200000000-invoices.js';
import { ModuleListIndexes1765300000000 } from './1765300000000-module-list-indexes.js';

export { columnsFor, engineOf, ColumnFactory } from './portable-columns.js';

/** Every migration in the order it runs. New migrations are appended, never rewritten. */
export const migrations = [PlatformCore1764000000000, Configuration1764100000000, NameSearch1764200000000, ProductCatalogue1764300000000, SalesPipeline1764400000000, Leads1764500000000, CustomerPool1764600000000, ListAndSearchIndexes1764700000000, Quotes1764800000000, LeadFollowUps1764900000000, Orders1765000000000, ContractsAndReceivables1765100000000, Invoices1765200000000, ModuleListIndexes1765300000000];
