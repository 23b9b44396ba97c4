import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Actor } from '../../common/access/actor.js';
import { AuditService, type AuditView } from '../../common/audit/audit.service.js';
import { type AuditAction } from '../../common/audit/audit-entry.entity.js';
import { conflict, forbidden, foundOrFail, invalid } from '../../common/errors/app-error.js';
import { UsersService } from '../users/users.service.js';
import { CSV_BOM, csvLine } from '../../common/http/csv.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { Customer } from './customer.entity.js';
import { CustomersRepository } from './customers.repository.js';
import { ContactsRepository } from './contacts.repository.js';
import { customerColumnsOf, toContactDto, toCustomerDto } from './customer.mapper.js';
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

/** Header, the field it shows (for field-level visibility), and its value. */
const EXPORT_COLUMNS: Array<[string, string, (c: CustomerDto) => unknown]> = [
  ['code', 'code', (c) => c.code],
  ['name', 'name', (c) => c.name],
  ['type', 'customerType', (c) => c.customerType],
  ['industry', 'industry', (c) => c.industry],
  ['level', 'customerLevel', (c) => c.customerLevel],
  ['source', 'source', (c) => c.source],
  ['region', 'region', (c) => c.region],
  ['phone', 'phone', (c) => c.phone],
  ['email', 'email', (c) => c.email],
  ['address', 'address', (c) => c.address],
  ['tags', 'tags', (c) => c.tags?.join(' ')],
  ['credit_limit', 'creditLimit', (c) => c.creditLimit],
  ['status', 'status', (c) => c.status],
  ['owner', 'owner', (c) => c.owner?.displayName],
  ['created_at', 'createdAt', (c) => c.createdAt],
];

/** Built-in fields an administrator may hide from or lock for some roles. */
export const GOVERNED_CUSTOMER_FIELDS = [
  'creditLimit', 'phone', 'email', 'address', 'website', 'tags', 'notes', 'industry', 'customerLevel', 'source', 'region',
] as const;

@Injectable()
export class CustomersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomersRepository,
    private readonly contacts: ContactsRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly fields: RecordFieldsService,
  ) {}

  /** The list in the user's scope, or in another one the caller chose (the pool). */
  async list(actor: Actor, query: CustomerListQueryDto, scope = actor.scope('read', 'customers')): Promise<CustomerPageDto> {
    return this.customers.findPage(actor, scope, query, (rows) => this.fields.present(actor, 'customers', rows, toCustomerDto));
  }

  /** CSV lines of the filtered list, as far as the user may export; capped at EXPORT_LIMIT rows. */
  async *exportCsv(actor: Actor, query: CustomerListQueryDto): AsyncGenerator<string> {
    const columns = await this.fields.exportColumns(actor, 'customers', EXPORT_COLUMNS);
    yield CSV_BOM + csvLine(columns.map(([header]) => header));
    for await (const batch of this.customers.exportBatches(actor, actor.scope('export', 'customers'), query, EXPORT_LIMIT)) {
      const dtos = await this.fields.present(actor, 'customers', batch, toCustomerDto);
      yield dtos.map((dto) => csvLine(columns.map(([, value]) => value(dto)))).join('');
    }
  }

  /** A follow-up was logged: the customer pool's clock restarts. Called inside the caller's transaction. */
  recordFollowUp(manager: EntityManager, customerId: number, at: Date): Promise<void> {
    return this.customers.touchFollowUpForSystem(manager, customerId, at);
  }

  async quickSearch(actor: Actor, text: string, limit: number) {
    const rows = await this.customers.quickSearch(actor.scope('read', 'customers'), text, limit);
    return rows.map((row) => ({ id: row.id, code: row.code, name: row.name, ownerId: row.ownerId }));
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

  /**
   * A customer in the actor's scope; with `orInPool`, also one waiting in a pool they may claim
   * from (to look at before claiming). Writes that start from a customer never pass it.
   */
  async get(actor: Actor, id: number, orInPool = false): Promise<CustomerDetailDto> {
    const [row, contacts] = await Promise.all([
      this.customers
        .findWithOwner(actor.scope('read', 'customers'), id)
        .then(async (inScope) => inScope ?? (orInPool ? this.customers.findWithOwner(actor.poolScope('customers'), id) : null)),
      actor.can('read', 'contacts') ? this.contacts.listForCustomer(actor.scope('read', 'contacts'), id) : null,
    ]);
    const [customer] = await this.fields.present(actor, 'customers', [foundOrFail(row, 'Customer', id)], toCustomerDto);
    if (!contacts) return customer;
    return { ...customer, contacts: await this.fields.present(actor, 'contacts', contacts, toContactDto) };
  }

  /** Reads a customer in scope inside the caller's transaction: it sees rows created there. */
  async getWithin(manager: EntityManager, actor: Actor, id: number): Promise<CustomerDto> {
    const row = foundOrFail(await this.customers.findWithOwner(actor.scope('read', 'customers'), id, manager), 'Customer', id);
    return (await this.fields.present(actor, 'customers', [row], toCustomerDto))[0];
  }

  async history(actor: Actor, id: number, beforeId?: number): Promise<AuditView[]> {
    await this.customers.table.getOne(actor.scope('read', 'customers'), id);
    return this.fields.redactHistory(actor, 'customers', await this.audit.historyOf(ENTITY, id, 50, beforeId));
  }

  async create(actor: Actor, dto: CreateCustomerDto): Promise<CreatedCustomerDto> {
    const possibleDuplicates = await this.duplicates(actor, { name: dto.name, phone: dto.phone ?? undefined, email: dto.email ?? undefined });
    const id = await this.dataSource.transaction((manager) => this.createWithin(manager, actor, dto));
    return { ...(await this.get(actor, id)), possibleDuplicates };
  }

  /** Creates a customer inside the caller's transaction (lead conversion uses it); returns its id. */
  async createWithin(manager: EntityManager, actor: Actor, dto: CreateCustomerDto): Promise<number> {
    const owner = await this.placementFor(actor, dto.ownerId ?? actor.id, 'ownerId');
    if (dto.code && (await this.customers.codeExistsForSystem(dto.code))) {
      throw invalid([{ field: 'code', reason: 'is already used by another customer' }]);
    }
    const fields = customerColumnsOf(dto);
    const customWrites = await this.fields.checkWrite(actor, 'customers', Customer, fields, dto.customFields, null);
    const newId = await this.customers.insert(manager, {
      ...fields,
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
    await this.fields.saveCustomFields(manager, newId, customWrites);
    const created = await this.customers.table.getOne(actor.scope('read', 'customers'), newId, manager);
    const { customFields } = await this.fields.current('customers', created, manager);
    await this.audit.recordChange(manager, actor, ENTITY, 'create', newId, null, this.fields.snapshot(created, customFields));
    return newId;
  }

  async update(actor: Actor, id: number, dto: UpdateCustomerDto): Promise<CustomerDto> {
    const { version, customFields, ...fields } = dto;
    if (fields.code && (await this.customers.codeExistsForSystem(fields.code, id))) {
      throw invalid([{ field: 'code', reason: 'is already used by another customer' }]);
    }
    await this.change(actor, id, version, 'update', customerColumnsOf(fields), customFields);
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
    customFields?: Record<string, unknown>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.customers.table.getOne(actor.scope('read', 'customers'), id, manager);
      if (!actor.can('update', 'customers', before)) throw forbidden('You may not change this customer');
      if (version !== undefined && before.version !== version) {
        throw conflict('STALE_VERSION', `customer ${id} was changed by someone else; reload it and try again`, {
          currentVersion: before.version,
        });
      }
      const current = await this.fields.current('customers', before, manager);
      const customWrites = await this.fields.checkWrite(actor, 'customers', Customer, changes, customFields, current);
      await this.customers.table.updateVersioned(manager, actor.scope('update', 'customers'), id, version, changes);
      await this.fields.saveCustomFields(manager, id, customWrites);
      const after = await this.fields.current('customers', await this.customers.table.getOne(actor.scope('read', 'customers'), id, manager), manager);
      const snapshot = (record: typeof current) => this.fields.snapshot(record.row, record.customFields);
      await this.audit.recordChange(manager, actor, ENTITY, action, id, snapshot(current), snapshot(after));
    });
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
