import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Customer } from './customer.entity.js';
import { AccessScope } from '../../common/access/scope-query.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { amongFirstMatches, matchText } from '../../common/database/dialect.js';
import { type Page, paginate } from '../../common/pagination/paginate.js';
import { Contact } from './contact.entity.js';
import { Actor } from '../../common/access/actor.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { ContactListQueryDto } from './contacts.dto.js';

export const CONTACT_SORTS = { name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt' };

/** What the search box and the list's text filter look in. */
const CONTACT_TEXT = { contains: ['k.name'], prefix: ['k.email'], prefixAsWritten: ['k.mobile', 'k.phone'] };

@Injectable()
export class ContactsRepository {
  readonly table: ScopedTable<Contact>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly fields: RecordFieldsService,
  ) {
    this.table = new ScopedTable(dataSource, Contact, 'k', 'Contact');
  }

  /** The best few contacts by name, phone or email in scope, with their customer's name. */
  quickSearch(scope: AccessScope, text: string, limit: number): Promise<Array<Contact & { customerName?: string }>> {
    const matches = this.table.select(scope);
    matchText(matches, text, CONTACT_TEXT);
    const qb = this.table
      .select(scope)
      .innerJoin(Customer, 'cu', 'cu.id = k.customerId')
      .select(['k.id', 'k.name', 'k.customerId', 'k.title'])
      .addSelect('cu.name', 'customer_name');
    amongFirstMatches(qb, 'k', matches);
    return qb
      .orderBy('k.name', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .limit(limit)
      .getRawAndEntities()
      .then(({ entities, raw }) =>
        entities.map((entity, i) => Object.assign(entity, { customerName: String(raw[i].customer_name ?? raw[i].CUSTOMER_NAME ?? '') })),
      );
  }

  async findPage(actor: Actor, scope: AccessScope, query: ContactListQueryDto): Promise<Page<Contact>> {
    const qb = this.table.select(scope);
    if (query.q) matchText(qb, query.q, CONTACT_TEXT);
    if (query.customerId !== undefined) qb.andWhere('k.customerId = :customerId', { customerId: query.customerId });
    if (query.ownerId !== undefined) qb.andWhere('k.ownerId = :ownerId', { ownerId: query.ownerId });
    const { orderBy } = await this.fields.applyListOptions(actor, 'contacts', qb, 'k', query as never, []);
    return paginate(qb, 'k', query, CONTACT_SORTS, { key: 'name', order: 'asc' }, { orderBy });
  }

  /** The customer (id, code, name) of each contact, in one query. */
  async withCustomers(rows: Contact[]): Promise<Array<Contact & { customer?: Pick<Customer, 'id' | 'code' | 'name'> }>> {
    const ids = [...new Set(rows.map((row) => row.customerId))];
    const customers = ids.length
      ? await this.dataSource.getRepository(Customer).find({ select: { id: true, code: true, name: true }, where: { id: In(ids) } })
      : [];
    const byId = new Map(customers.map((c) => [c.id, c]));
    return rows.map((row) => Object.assign(row, { customer: byId.get(row.customerId) }));
  }

  listForCustomer(scope: AccessScope, customerId: number): Promise<Contact[]> {
    return this.table
      .select(scope)
      .andWhere('k.customerId = :customerId', { customerId })
      .orderBy('k.isPrimary', 'DESC')
      .addOrderBy('k.name', 'ASC')
      .limit(200)
      .getMany();
  }

  async idsOfCustomerForSystem(customerId: number, contactIds: number[]): Promise<number[]> {
    if (contactIds.length === 0) return [];
    const rows = await this.dataSource.getRepository(Contact).find({ select: { id: true }, where: { customerId, id: In(contactIds) } });
    return rows.map((row) => row.id);
  }

  async insert(manager: EntityManager, values: Partial<Contact>): Promise<number> {
    const result = await manager.insert(Contact, values);
    return Number(result.identifiers[0].id);
  }

  /** Only one primary contact per customer. */
  async clearPrimary(manager: EntityManager, customerId: number, exceptId: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Contact)
      .set({ isPrimary: false })
      .where('customerId = :customerId AND id <> :exceptId AND isPrimary = :yes', { customerId, exceptId, yes: true })
      .execute();
  }

  /** Contacts follow their customer's owner; part of a transfer the caller has authorised. */
  async moveWithCustomer(manager: EntityManager, customerId: number, ownerId: number | null, teamPath: string): Promise<Contact[]> {
    const moved = await manager.find(Contact, { where: { customerId } });
    await manager
      .createQueryBuilder()
      .update(Contact)
      .set({ ownerId, teamPath, version: () => 'version + 1' } as never)
      .where('customerId = :customerId', { customerId })
      .execute();
    return moved;
  }
}
