import { Module } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { FieldAccessService } from '../../common/field-access/field-access.service.js';
import { CustomersModule } from '../customers/customers.module.js';
import { PriceListsController, ProductCategoriesController, ProductsController } from './products.controller.js';
import { ProductsRepository } from './products.repository.js';
import { GOVERNED_PRODUCT_FIELDS, ProductsService } from './products.service.js';

/** The product catalogue, categories and price lists. */
@Module({
  imports: [CustomersModule],
  controllers: [ProductsController, ProductCategoriesController, PriceListsController],
  providers: [ProductsRepository, ProductsService],
  exports: [ProductsService],
})
export class ProductsModule implements OnModuleInit {
  constructor(private readonly fieldAccess: FieldAccessService) {}

  onModuleInit(): void {
    this.fieldAccess.declare('products', GOVERNED_PRODUCT_FIELDS);
  }
}
