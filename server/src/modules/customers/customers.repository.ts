import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../../common/access/scope-query.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { amongFirstMatches, equalsInsensitive, inList, inListLimit, matchText } from '../../common/database/dialect.js';
import { type Page, paginate } from '../../common/pagination/paginate.js';
import { User } from '../users/user.entity.js';
import { Actor } from '../../common/access/actor.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { Customer } from './customer.entity.js';
import { CustomerListQueryDto } from './customers.dto.js';

/** What the search box and the list's text filter look in. */
const CUSTOMER_TEXT = { contains: ['c.name'], prefix: ['c.code', 'c.email'], prefixAsWritten: ['c.phone'] };

export type CustomerWithOwner = Customer & { owner?: Pick<User, 'id' | 'displayName'> };

/** Rows per UPDATE when codes follow a bulk insert. */
const CODE_SLICE = 1_000;

/** Sort keys the list accepts; each has an index that starts with a scope column. */
export const CUSTOMER_SORTS = { name: 'name', code: 'code', createdAt: 'createdAt', updatedAt: 'updatedAt' };

/** List filters that name a built-in field, refused when that field is hidden from the user. */
const FILTER_FIELDS = ['industry', 'customerLevel', 'region', 'source'];

@Injectable()
export class CustomersRepository {
  readonly table: ScopedTable<Customer>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly fields: RecordFieldsService,
  ) {
    this.table = new ScopedTable(dataSource, Customer, 'c', 'Customer');
  }

  private withOwner(scope: AccessScope, manager?: EntityManager) {
    return this.table
      .select(scope, manager)
      .leftJoinAndMapOne('c.owner', User, 'o', 'o.id = c.ownerId');
  }

  /** A page of the list; `present` finishes its rows while the total is counted. */
  async findPage<R>(actor: Actor, scope: AccessScope, query: CustomerListQueryDto, present: (rows: CustomerWithOwner[]) => Promise<R[]>): Promise<Page<R>> {
    const qb = this.filtered(scope, query);
    const { orderBy } = await this.fields.applyListOptions(actor, 'customers', qb, 'c', query as never, FILTER_FIELDS);
    const enrich = async (rows: Customer[]) => present(await this.attachOwners(rows));
    return paginate(qb, 'c', query, CUSTOMER_SORTS, { key: 'createdAt', order: 'desc' }, { orderBy, enrich });
  }

  /** The list's rows in batches, for exports: same filters and scope, keyset-paged. */
  async *exportBatches(actor: Actor, scope: AccessScope, query: CustomerListQueryDto, limit: number): AsyncGenerator<CustomerWithOwner[]> {
    let cursor: string | undefined;
    let sent = 0;
    // Custom-field sorts page by offset only; exports follow the default order instead.
    const batchQuery = { ...query, sort: query.sort?.startsWith('cf.') ? undefined : query.sort };
    while (sent < limit) {
      const pageSize = Math.min(200, limit - sent);
      const qb = this.filtered(scope, batchQuery);
      await this.fields.applyListOptions(actor, 'customers', qb, 'c', batchQuery as never, FILTER_FIELDS);
      const page = await paginate(qb, 'c', { ...batchQuery, cursor, pageSize, page: undefined }, CUSTOMER_SORTS, {
        key: 'createdAt',
        order: 'desc',
      }, { skipTotal: true });
      if (page.items.length === 0) return;
      yield this.attachOwners(page.items);
      sent += page.items.length;
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }

  /** Counts per level and per industry over the rows in scope, for dashboards. */
  async countBy(scope: AccessScope, field: 'customerLevel' | 'industry' | 'region' | 'source'): Promise<Array<{ key: string | null; count: number }>> {
    const rows: Array<Record<string, unknown>> = await this.table
      .select(scope)
      .andWhere('c.status = :status', { status: 'active' })
      .select(`c.${field}`, 'bucket')
      .addSelect('COUNT(*)', 'n')
      .groupBy(`c.${field}`)
      .getRawMany();
    return rows
      .map((row) => ({ key: (row.bucket ?? row.BUCKET ?? null) as string | null, count: Number(row.n ?? row.N) }))
      .sort((a, b) => b.count - a.count);
  }

  private filtered(scope: AccessScope, query: CustomerListQueryDto) {
    const qb = this.table.select(scope);
    if (query.q) matchText(qb, query.q, CUSTOMER_TEXT);
    for (const field of ['industry', 'customerLevel', 'region', 'source', 'ownerId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`c.${field} = :${field}`, { [field]: query[field] });
    }
    const status = query.status ?? 'active';
    if (status !== 'all') qb.andWhere('c.status = :status', { status });
    if (query.createdFrom) qb.andWhere('c.createdAt >= :createdFrom', { createdFrom: new Date(`${query.createdFrom}T00:00:00Z`) });
    if (query.createdTo) {
      const end = new Date(`${query.createdTo}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      qb.andWhere('c.createdAt < :createdTo', { createdTo: end });
    }
    return qb;
  }

  /** The best few name, code, phone or email matches in scope, for global search. */
  quickSearch(scope: AccessScope, text: string, limit: number): Promise<Customer[]> {
    const matches = this.table.select(scope).andWhere('c.status = :active', { active: 'active' });
    matchText(matches, text, CUSTOMER_TEXT);
    const qb = this.table.select(scope).select(['c.id', 'c.code', 'c.name', 'c.ownerId']);
    amongFirstMatches(qb, 'c', matches);
    return qb.orderBy('c.name', 'ASC').addOrderBy('c.id', 'ASC').limit(limit).getMany();
  }

  /** One query for the owners of a whole page. */
  private async attachOwners(rows: Customer[]): Promise<CustomerWithOwner[]> {
    const ownerIds = [...new Set(rows.map((row) => row.ownerId).filter((id): id is number => id !== null))];
    if (ownerIds.length === 0) return rows;
    const owners = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName'])
      .where('u.id IN (:...ownerIds)', { ownerIds })
      .getMany();
    const byId = new Map(owners.map((owner) => [owner.id, owner]));
    return rows.map((row) => Object.assign(row, { owner: row.ownerId === null ? undefined : byId.get(row.ownerId) }));
  }

  findWithOwner(scope: AccessScope, id: number, manager?: EntityManager): Promise<CustomerWithOwner | null> {
    return this.withOwner(scope, manager).andWhere('c.id = :id', { id }).getOne();
  }

  async insert(manager: EntityManager, values: Partial<Customer>): Promise<number> {
    const result = await manager.insert(Customer, values);
    return Number(result.identifiers[0].id);
  }

  /** Moves the customer's last follow-up forward (never back); part of logging an activity. */
  async touchFollowUpForSystem(manager: EntityManager, id: number, at: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Customer)
      .set({ lastFollowUpAt: at })
      .where('id = :id', { id })
      .andWhere(new Brackets((when) => when.where('lastFollowUpAt IS NULL').orWhere('lastFollowUpAt < :at', { at })))
      .execute();
  }

  async setCode(manager: EntityManager, id: number, code: string): Promise<void> {
    await manager.update(Customer, { id }, { code });
  }

  /** Codes of customers inserted in bulk, a slice of rows per UPDATE. */
  async setCodes(manager: EntityManager, codes: Array<{ id: number; code: string }>): Promise<void> {
    for (let start = 0; start < codes.length; start += CODE_SLICE) {
      const slice = codes.slice(start, start + CODE_SLICE);
      const parameters: Record<string, unknown> = { ids: slice.map((entry) => entry.id) };
      const cases = slice.map((entry, i) => {
        parameters[`id${i}`] = entry.id;
        parameters[`code${i}`] = entry.code;
        return `WHEN :id${i} THEN :code${i}`;
      });
      await manager
        .createQueryBuilder()
        .update(Customer)
        .set({ code: () => `CASE id ${cases.join(' ')} END` })
        .where('id IN (:...ids)')
        .setParameters(parameters)
        .execute();
    }
  }

  /**
   * Customers sharing a name, phone or email with the given values, across the whole company:
   * the caller reveals details only of those in the user's scope.
   */
  findPossibleDuplicatesForSystem(
    values: { name?: string; phone?: string; email?: string },
    excludeId?: number,
  ): Promise<Customer[]> {
    const qb = this.dataSource.getRepository(Customer).createQueryBuilder('c');
    const matchers = new Brackets((any) => {
      if (values.name) any.orWhere(equalsInsensitive(this.dataSource, 'c.name', 'dupName'), { dupName: values.name });
      if (values.phone) any.orWhere('c.phone = :dupPhone', { dupPhone: values.phone });
      if (values.email) any.orWhere(equalsInsensitive(this.dataSource, 'c.email', 'dupEmail'), { dupEmail: values.email });
    });
    qb.where(matchers);
    if (excludeId) qb.andWhere('c.id <> :excludeId', { excludeId });
    return qb.orderBy('c.id', 'ASC').limit(10).getMany();
  }

  /**
   * Customers, company-wide, whose name or email (any letter case), phone or code is among the
   * given ones: an import's duplicate check. Lists go in slices the engines take in one IN.
   */
  async findMatchesForSystem(keys: { names: string[]; phones: string[]; emails: string[]; codes: string[] }): Promise<Customer[]> {
    const repository = this.dataSource.getRepository(Customer);
    const lookups: Array<[string, string[], boolean]> = [
      ['c.name', keys.names.map((name) => name.toLowerCase()), true],
      ['c.email', keys.emails.map((email) => email.toLowerCase()), true],
      ['c.phone', keys.phones, false],
      ['c.code', keys.codes, false],
    ];
    const slice = inListLimit(this.dataSource);
    const found = new Map<number, Customer>();
    for (const [column, values, ignoreCase] of lookups) {
      const distinct = [...new Set(values)];
      for (let start = 0; start < distinct.length; start += slice) {
        const rows = await repository
          .createQueryBuilder('c')
          .select(['c.id', 'c.code', 'c.name', 'c.phone', 'c.email', 'c.ownerId', 'c.teamPath'])
          .where(inList(this.dataSource, column, 'values', ignoreCase), { values: distinct.slice(start, start + slice) })
          .getMany();
        for (const row of rows) found.set(row.id, row);
      }
    }
    return [...found.values()];
  }

  codeExistsForSystem(code: string, excludeId?: number): Promise<boolean> {
    const qb = this.dataSource.getRepository(Customer).createQueryBuilder('c').where('c.code = :code', { code });
    if (excludeId) qb.andWhere('c.id <> :excludeId', { excludeId });
    return qb.getExists();
  }
}
