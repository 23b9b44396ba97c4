import { Module, type OnModuleInit } from '@nestjs/common';
import { FieldAccessService } from '../../common/field-access/field-access.service.js';
import { UsersModule } from '../users/users.module.js';
import { CustomersController } from './customers.controller.js';
import { CustomersRepository } from './customers.repository.js';
import { CustomersService, GOVERNED_CUSTOMER_FIELDS } from './customers.service.js';
import { CustomerImportService } from './customer-import.service.js';
import { ContactsController } from './contacts.controller.js';
import { CustomerPoolController, CustomerPoolMovesController } from './customer-pool.controller.js';
import { CustomerPoolService } from './customer-pool.service.js';
import { ContactsRepository } from './contacts.repository.js';
import { ContactsService, GOVERNED_CONTACT_FIELDS } from './contacts.service.js';

/** Customers and the contacts that belong to them: the reference business module. */
@Module({
  imports: [UsersModule],
  controllers: [CustomersController, ContactsController, CustomerPoolController, CustomerPoolMovesController],
  providers: [CustomersRepository, CustomersService, CustomerImportService, ContactsRepository, ContactsService, CustomerPoolService],
  exports: [CustomersService, ContactsService],
})
export class CustomersModule implements OnModuleInit {
  constructor(private readonly fieldAccess: FieldAccessService) {}

  onModuleInit(): void {
    this.fieldAccess.declare('customers', GOVERNED_CUSTOMER_FIELDS);
    this.fieldAccess.declare('contacts', GOVERNED_CONTACT_FIELDS);
  }
}
