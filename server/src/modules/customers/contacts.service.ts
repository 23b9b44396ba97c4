import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Actor } from '../../common/access/actor.js';
import { AuditService, type AuditView } from '../../common/audit/audit.service.js';
import { forbidden } from '../../common/errors/app-error.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { Contact } from './contact.entity.js';
import { ContactsRepository } from './contacts.repository.js';
import { CustomersRepository } from './customers.repository.js';
import { toContactDto } from './customer.mapper.js';
import { ContactDto, ContactListQueryDto, ContactPageDto, CreateContactDto, UpdateContactDto } from './contacts.dto.js';

const ENTITY = 'contact';

export const GOVERNED_CONTACT_FIELDS = ['mobile', 'phone', 'email', 'birthday', 'notes', 'contactRole'] as const;

@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsRepository,
    private readonly customers: CustomersRepository,
    private readonly audit: AuditService,
    private readonly fields: RecordFieldsService,
  ) {}

  async list(actor: Actor, query: ContactListQueryDto): Promise<ContactPageDto> {
    const page = await this.contacts.findPage(actor, actor.scope('read', 'contacts'), query);
    const rows = await this.contacts.withCustomers(page.items);
    return { ...page, items: await this.fields.present(actor, 'contacts', rows, toContactDto) };
  }

  async quickSearch(actor: Actor, text: string, limit: number) {
    const rows = await this.contacts.quickSearch(actor.scope('read', 'contacts'), text, limit);
    return rows.map((row) => ({ id: row.id, name: row.name, title: row.title, customerId: row.customerId, customerName: row.customerName ?? '' }));
  }

  /** Which of `contactIds` belong to the customer; the caller has shown the customer is visible. */
  async belongingTo(customerId: number, contactIds: number[]): Promise<number[]> {
    return this.contacts.idsOfCustomerForSystem(customerId, contactIds);
  }

  async get(actor: Actor, id: number): Promise<ContactDto> {
    const row = await this.contacts.table.getOne(actor.scope('read', 'contacts'), id);
    const [contact] = await this.fields.present(actor, 'contacts', await this.contacts.withCustomers([row]), toContactDto);
    return contact;
  }

  async history(actor: Actor, id: number, beforeId?: number): Promise<AuditView[]> {
    await this.contacts.table.getOne(actor.scope('read', 'contacts'), id);
    return this.fields.redactHistory(actor, 'contacts', await this.audit.historyOf(ENTITY, id, 50, beforeId));
  }

  /** A contact is created under a customer the user can see, and inherits its owner. */
  async create(actor: Actor, dto: CreateContactDto): Promise<ContactDto> {
    const id = await this.dataSource.transaction((manager) => this.createWithin(manager, actor, dto));
    return this.get(actor, id);
  }

  /** Creates a contact inside the caller's transaction (lead conversion uses it); returns its id. */
  async createWithin(manager: EntityManager, actor: Actor, dto: CreateContactDto): Promise<number> {
    const { customFields, ...fields } = dto;
    const customer = await this.customers.table.getOne(actor.scope('read', 'customers'), dto.customerId, manager);
    const placement = { ownerId: customer.ownerId, teamPath: customer.teamPath };
    if (!actor.can('create', 'contacts', placement)) throw forbidden('You may not add contacts to this customer');
    const customWrites = await this.fields.checkWrite(actor, 'contacts', Contact, fields, customFields, null);
    const newId = await this.contacts.insert(manager, {
      ...fields,
      isPrimary: dto.isPrimary ?? false,
      ...placement,
      createdBy: actor.id,
      version: 1,
    });
    if (dto.isPrimary) await this.contacts.clearPrimary(manager, customer.id, newId);
    await this.fields.saveCustomFields(manager, newId, customWrites);
    const created = await this.fields.current('contacts', await this.contacts.table.getOne(actor.scope('read', 'contacts'), newId, manager), manager);
    await this.audit.recordChange(manager, actor, ENTITY, 'create', newId, null, this.fields.snapshot(created.row, created.customFields));
    return newId;
  }

  async update(actor: Actor, id: number, dto: UpdateContactDto): Promise<ContactDto> {
    const { version, customFields, ...fields } = dto;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Contact>;
    await this.dataSource.transaction(async (manager) => {
      const before = await this.contacts.table.getOne(actor.scope('read', 'contacts'), id, manager);
      if (!actor.can('update', 'contacts', before)) throw forbidden('You may not change this contact');
      const current = await this.fields.current('contacts', before, manager);
      const customWrites = await this.fields.checkWrite(actor, 'contacts', Contact, changes, customFields, current);
      await this.contacts.table.updateVersioned(manager, actor.scope('update', 'contacts'), id, version, changes);
      if (changes.isPrimary) await this.contacts.clearPrimary(manager, before.customerId, id);
      await this.fields.saveCustomFields(manager, id, customWrites);
      const after = await this.fields.current('contacts', await this.contacts.table.getOne(actor.scope('read', 'contacts'), id, manager), manager);
      const snapshot = (record: typeof current) => this.fields.snapshot(record.row, record.customFields);
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, snapshot(current), snapshot(after));
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.contacts.table.getOne(actor.scope('read', 'contacts'), id, manager);
      if (!actor.can('delete', 'contacts', before)) throw forbidden('You may not delete this contact');
      await this.contacts.table.deleteInScope(manager, actor.scope('delete', 'contacts'), id);
      await this.audit.recordChange(manager, actor, ENTITY, 'delete', id, before, null);
    });
  }
}
