import { Module } from '@nestjs/common';
import { QuotesModule } from '../quotes/quotes.module.js';
import { OrdersController } from './orders.controller.js';
import { OrdersRepository } from './orders.repository.js';
import { OrdersService } from './orders.service.js';

/** Orders made from accepted quotes, and the steps each takes to completion. */
@Module({
  imports: [QuotesModule],
  controllers: [OrdersController],
  providers: [OrdersRepository, OrdersService],
  exports: [OrdersService, OrdersRepository],
})
export class OrdersModule {}
