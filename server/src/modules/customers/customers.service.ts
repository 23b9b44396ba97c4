import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/access/actor.js';
import { AuditService, AuditView } from '../../common/audit/audit.service.js';
import { AuditAction } from '../../common/audit/audit-entry.entity.js';
import { conflict, forbidden, foundOrFail, invalid } from '../../common/errors/app-error.js';
import { UsersService } from '../users/users.service.js';
import { CSV_BOM, csvLine } from '../../common/http/csv.js';
import { Customer } from './customer.entity.js';
import { CustomersRepository } from './customers.repository.js';
import { ContactsRepository } from './contacts.repository.js';
import { toContactDto, toCustomerDto } from './customer.mapper.js';
import {
  CreateCustomerDto,
  CreatedCustomerDto,
  CustomerDetailDto,
  CustomerDto,
  CustomerListQueryDto,
  CustomerPageDto,
  CustomerStatsDto,
  DuplicateMatchDto,
  DuplicateQueryDto,
  TransferCustomerDto,
  UpdateCustomerDto,
  VersionDto,
} from './customers.dto.js';

const ENTITY = 'customer';
export const EXPORT_LIMIT = 100_000;

const EXPORT_COLUMNS: Array<[string, (c: CustomerDto) => unknown]> = [
  ['code', (c) => c.code],
  ['name', (c) => c.name],
  ['type', (c) => c.customerType],
  ['industry', (c) => c.industry],
  ['level', (c) => c.customerLevel],
  ['source', (c) => c.source],
  ['region', (c) => c.region],
  ['phone', (c) => c.phone],
  ['email', (c) => c.email],
  ['address', (c) => c.address],
  ['tags', (c) => c.tags.join(' ')],
  ['credit_limit', (c) => c.creditLimit],
  ['status', (c) => c.status],
  ['owner', (c) => c.owner.displayName],
  ['created_at', (c) => c.createdAt],
];

@Injectable()
export class CustomersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomersRepository,
    private readonly contacts: ContactsRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: CustomerListQueryDto): Promise<CustomerPageDto> {
    const page = await this.customers.findPage(actor.scope('read', 'customers'), query);
    return { ...page, items: page.items.map(toCustomerDto) };
  }

  /** CSV lines of the filtered list, as far as the user may export; capped at EXPORT_LIMIT rows. */
  async *exportCsv(actor: Actor, query: CustomerListQueryDto): AsyncGenerator<string> {
    yield CSV_BOM + csvLine(EXPORT_COLUMNS.map(([header]) => header));
    for await (const batch of this.customers.exportBatches(actor.scope('export', 'customers'), query, EXPORT_LIMIT)) {
      yield batch.map((row) => csvLine(EXPORT_COLUMNS.map(([, value]) => value(toCustomerDto(row))))).join('');
    }
  }

  async stats(actor: Actor): Promise<CustomerStatsDto> {
    const scope = actor.scope('read', 'customers');
    const [byLevel, byIndustry, byRegion] = await Promise.all([
      this.customers.countBy(scope, 'customerLevel'),
      this.customers.countBy(scope, 'industry'),
      this.customers.countBy(scope, 'region'),
    ]);
    return { total: byLevel.reduce((sum, bucket) => sum + bucket.count, 0), byLevel, byIndustry, byRegion };
  }

  async get(actor: Actor, id: number): Promise<CustomerDetailDto> {
    const [row, contacts] = await Promise.all([
      this.customers.findWithOwner(actor.scope('read', 'customers'), id),
      actor.can('read', 'contacts') ? this.contacts.listForCustomer(actor.scope('read', 'contacts'), id) : null,
    ]);
    const customer = toCustomerDto(foundOrFail(row, 'Customer', id));
    return contacts ? { ...customer, contacts: contacts.map(toContactDto) } : customer;
  }

  async history(actor: Actor, id: number, beforeId?: number): Promise<AuditView[]> {
    await this.customers.table.getOne(actor.scope('read', 'customers'), id);
    return this.audit.historyOf(ENTITY, id, 50, beforeId);
  }

  async create(actor: Actor, dto: CreateCustomerDto): Promise<CreatedCustomerDto> {
    const owner = await this.placementFor(actor, dto.ownerId ?? actor.id, 'ownerId');
    if (dto.code && (await this.customers.codeExistsForSystem(dto.code))) {
      throw invalid([{ field: 'code', reason: 'is already used by another customer' }]);
    }
    const possibleDuplicates = await this.duplicates(actor, { name: dto.name, phone: dto.phone ?? undefined, email: dto.email ?? undefined });
    const id = await this.dataSource.transaction(async (manager) => {
      const newId = await this.customers.insert(manager, {
        ...this.fieldsFrom(dto),
        name: dto.name,
        customerType: dto.customerType ?? 'company',
        code: dto.code ?? `TMP-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
        status: 'active',
        ownerId: owner.id,
        teamPath: owner.teamPath,
        createdBy: actor.id,
        version: 1,
      });
      if (!dto.code) await this.customers.setCode(manager, newId, `CUS${String(newId).padStart(7, '0')}`);
      const created = await this.customers.table.getOne(actor.scope('read', 'customers'), newId, manager);
      await this.audit.recordChange(manager, actor, ENTITY, 'create', newId, null, created);
      return newId;
    });
    return { ...(await this.get(actor, id)), possibleDuplicates };
  }

  async update(actor: Actor, id: number, dto: UpdateCustomerDto): Promise<CustomerDto> {
    const { version, ...fields } = dto;
    if (fields.code && (await this.customers.codeExistsForSystem(fields.code, id))) {
      throw invalid([{ field: 'code', reason: 'is already used by another customer' }]);
    }
    await this.change(actor, id, version, 'update', this.fieldsFrom(fields));
    return this.get(actor, id);
  }

  async archive(actor: Actor, id: number, dto: VersionDto): Promise<CustomerDto> {
    await this.change(actor, id, dto.version, 'archive', { status: 'archived' });
    return this.get(actor, id);
  }

  async restore(actor: Actor, id: number, dto: VersionDto): Promise<CustomerDto> {
    await this.change(actor, id, dto.version, 'restore', { status: 'active' });
    return this.get(actor, id);
  }

  /**
   * Hands the customer and its contacts to another owner. Needs the assign permission over the
   * record as it is and as it will be, so a manager cannot push a customer out of their team.
   */
  async transfer(actor: Actor, id: number, dto: TransferCustomerDto): Promise<CustomerDto> {
    const assignScope = actor.scope('assign', 'customers');
    const newOwner = await this.users.findOwnerPlacement(dto.ownerId);
    if (!newOwner) throw invalid([{ field: 'ownerId', reason: 'is not an active user' }]);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.customers.table.findOne(actor.scope('read', 'customers'), id, manager);
      foundOrFail(before, 'Customer', id);
      if (!actor.can('assign', 'customers', before!)) throw forbidden('You may not transfer this customer');
      if (!actor.can('assign', 'customers', { ownerId: newOwner.id, teamPath: newOwner.teamPath })) {
        throw invalid([{ field: 'ownerId', reason: 'is outside the users you may assign customers to' }]);
      }
      const changes = { ownerId: newOwner.id, teamPath: newOwner.teamPath };
      await this.customers.table.updateVersioned(manager, assignScope, id, dto.version, changes);
      const contacts = await this.contacts.moveWithCustomer(manager, id, newOwner.id, newOwner.teamPath);
      await this.audit.recordChange(manager, actor, ENTITY, 'transfer', id, { ownerId: before!.ownerId }, { ownerId: newOwner.id });
      for (const contact of contacts) {
        const ownerChange = [{ ownerId: contact.ownerId }, { ownerId: newOwner.id }] as const;
        await this.audit.recordChange(manager, actor, 'contact', 'transfer', contact.id, ...ownerChange);
      }
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.customers.table.getOne(actor.scope('read', 'customers'), id, manager);
      if (!actor.can('delete', 'customers', before)) throw forbidden('You may not delete this customer');
      await this.customers.table.deleteInScope(manager, actor.scope('delete', 'customers'), id);
      await this.audit.recordChange(manager, actor, ENTITY, 'delete', id, before, null);
    });
  }

  /**
   * Possible duplicates of a new or edited customer. Matches outside the user's scope are reported
   * only as existing, with what matched, never with their data.
   */
  async duplicates(actor: Actor, query: DuplicateQueryDto): Promise<DuplicateMatchDto[]> {
    if (!query.name && !query.phone && !query.email) return [];
    const matches = await this.customers.findPossibleDuplicatesForSystem(query, query.excludeId);
    return matches.map((match) => {
      const matchedOn = [
        query.name && match.name.toLowerCase() === query.name.toLowerCase() ? 'name' : null,
        query.phone && match.phone === query.phone ? 'phone' : null,
        query.email && match.email?.toLowerCase() === query.email.toLowerCase() ? 'email' : null,
      ].filter((field): field is string => field !== null);
      if (!actor.can('read', 'customers', match)) return { matchedOn, visible: false };
      return { matchedOn, visible: true, id: match.id, code: match.code, name: match.name };
    });
  }

  private async change(
    actor: Actor,
    id: number,
    version: number | undefined,
    action: AuditAction,
    changes: Partial<Customer>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.customers.table.getOne(actor.scope('read', 'customers'), id, manager);
      if (!actor.can('update', 'customers', before)) throw forbidden('You may not change this customer');
      if (version !== undefined && before.version !== version) {
        throw conflict('STALE_VERSION', `customer ${id} was changed by someone else; reload it and try again`, {
          currentVersion: before.version,
        });
      }
      await this.customers.table.updateVersioned(manager, actor.scope('update', 'customers'), id, version, changes);
      const after = await this.customers.table.getOne(actor.scope('read', 'customers'), id, manager);
      await this.audit.recordChange(manager, actor, ENTITY, action, id, before, after);
    });
  }

  private fieldsFrom(dto: Omit<UpdateCustomerDto, 'version'> | CreateCustomerDto): Partial<Customer> {
    const { tags, ...rest } = dto as Record<string, unknown> & { tags?: string[] | null };
    delete rest.ownerId;
    const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    if (tags !== undefined) fields.tags = tags && tags.length ? tags.map((tag) => tag.replace(/,/g, ' ')).join(',') : null;
    return fields as Partial<Customer>;
  }

  /** Where a record owned by `ownerId` would sit; another owner than oneself needs assign. */
  private async placementFor(actor: Actor, ownerId: number, field: string) {
    const owner = await this.users.findOwnerPlacement(ownerId);
    if (!owner) throw invalid([{ field, reason: 'is not an active user' }]);
    if (ownerId !== actor.id && !actor.can('assign', 'customers', { ownerId, teamPath: owner.teamPath })) {
      throw invalid([{ field, reason: 'may be set only by users allowed to assign customers to that owner' }]);
    }
    return owner;
  }

}
