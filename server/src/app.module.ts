import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { type AppConfig } from './common/config/app-config.js';
import { CoreModule } from './common/database/database.module.js';
import { AuthModule } from './common/auth/auth.module.js';
import { AccessModule } from './common/access/access.module.js';
import { ConfigurationModule } from './common/configuration.module.js';
import { ErrorFilter } from './common/errors/error.filter.js';
import { validationPipe } from './common/validation/validation.pipe.js';
import { CustomersModule } from './modules/customers/customers.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { TeamsModule } from './modules/teams/teams.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { ProductsModule } from './modules/products/products.module.js';
import { OpportunitiesModule } from './modules/opportunities/opportunities.module.js';
import { QuotesModule } from './modules/quotes/quotes.module.js';
import { OrdersModule } from './modules/orders/orders.module.js';
import { ContractsModule } from './modules/contracts/contracts.module.js';
import { ReceivablesModule } from './modules/receivables/receivables.module.js';
import { InvoicesModule } from './modules/invoices/invoices.module.js';
import { ActivitiesModule } from './modules/activities/activities.module.js';
import { LeadsModule } from './modules/leads/leads.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, dataSource), AccessModule, AuthModule, ConfigurationModule, HealthModule, UsersModule, TeamsModule, CustomersModule, SearchModule, ProductsModule, OpportunitiesModule, ActivitiesModule, LeadsModule, QuotesModule, OrdersModule, ContractsModule, ReceivablesModule, InvoicesModule],
      providers: [
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_PIPE, useValue: validationPipe },
      ],
    };
  }
}
