import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { CustomersController } from './customers.controller.js';
import { CustomersRepository } from './customers.repository.js';
import { CustomersService } from './customers.service.js';
import { ContactsController } from './contacts.controller.js';
import { ContactsRepository } from './contacts.repository.js';
import { ContactsService } from './contacts.service.js';

/** Customers and the contacts that belong to them: the reference business module. */
@Module({
  imports: [UsersModule],
  controllers: [CustomersController, ContactsController],
  providers: [CustomersRepository, CustomersService, ContactsRepository, ContactsService],
  exports: [CustomersService, ContactsService],
})
export class CustomersModule {}
