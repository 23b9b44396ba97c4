import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { SearchController } from './search.controller.js';

@Module({ imports: [CustomersModule], controllers: [SearchController] })
export class SearchModule {}
