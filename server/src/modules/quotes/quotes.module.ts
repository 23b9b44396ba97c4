import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { ProductsModule } from '../products/products.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { UsersModule } from '../users/users.module.js';
import { DiscountAuthority } from './discount-authority.js';
import { QuotesController } from './quotes.controller.js';
import { QuotesRepository } from './quotes.repository.js';
import { QuotesService } from './quotes.service.js';

/** Quotes: priced lines, revisions, discount approval up the team tree, the printable quote. */
@Module({
  imports: [CustomersModule, OpportunitiesModule, ProductsModule, TeamsModule, UsersModule],
  controllers: [QuotesController],
  providers: [QuotesRepository, QuotesService, DiscountAuthority],
  exports: [QuotesService, QuotesRepository],
})
export class QuotesModule {}
