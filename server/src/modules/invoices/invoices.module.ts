import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { InvoicesController } from './invoices.controller.js';
import { InvoicesService } from './invoices.service.js';

/** Invoices of orders and contracts, numbered per year without gaps. */
@Module({
  imports: [ContractsModule, OrdersModule],
  controllers: [InvoicesController],
  providers: [InvoicesService],
})
export class InvoicesModule {}
