import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { ProductsModule } from '../products/products.module.js';
import { UsersModule } from '../users/users.module.js';
import { OpportunitiesController, PipelinesController } from './opportunities.controller.js';
import { OpportunitiesRepository } from './opportunities.repository.js';
import { OpportunitiesService } from './opportunities.service.js';
import { PipelinesService } from './pipelines.service.js';

/** Pipelines with their stages, and the opportunities that move through them. */
@Module({
  imports: [CustomersModule, ProductsModule, UsersModule],
  controllers: [PipelinesController, OpportunitiesController],
  providers: [OpportunitiesRepository, OpportunitiesService, PipelinesService],
  exports: [OpportunitiesService, PipelinesService, OpportunitiesRepository],
})
export class OpportunitiesModule {}
