import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { QuotesModule } from '../quotes/quotes.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { UsersModule } from '../users/users.module.js';
import { AttachmentStore } from './attachment-store.js';
import { ContractsController } from './contracts.controller.js';
import { ContractsRepository } from './contracts.repository.js';
import { ContractsService } from './contracts.service.js';

/** Contracts: from orders, quotes or on their own, with attachments, renewals and payment plans. */
@Module({
  imports: [CustomersModule, OrdersModule, QuotesModule, TeamsModule, UsersModule],
  controllers: [ContractsController],
  providers: [ContractsRepository, ContractsService, AttachmentStore],
  exports: [ContractsRepository],
})
export class ContractsModule {}
