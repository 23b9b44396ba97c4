import { Injectable } from '@nestjs/common';
import { addDays, daysBetween, isoDay } from '../../common/calendar-days.js';
import { DataSource } from 'typeorm';
import type { Readable } from 'node:stream';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { conflict, forbidden, foundOrFail, invalid, staleVersion } from '../../common/errors/app-error.js';
import { amount, sum } from '../../common/money.js';
import { CustomersService } from '../customers/customers.service.js';
import type { Order } from '../orders/order.entity.js';
import { OrdersRepository } from '../orders/orders.repository.js';
import type { Quote } from '../quotes/quote.entity.js';
import { QuotesRepository } from '../quotes/quotes.repository.js';
import { TeamsService } from '../teams/teams.service.js';
import { UsersService } from '../users/users.service.js';
import type { PaymentInstalment } from '../receivables/receivable.entity.js';
import { AttachmentStore } from './attachment-store.js';
import { Contract, CONTRACT_FLOW, ContractAttachment } from './contract.entity.js';
import type { ContractStatus } from './contract.entity.js';
import { ContractsRepository } from './contracts.repository.js';
import type { ContractRow } from './contracts.repository.js';
import type {
  AttachmentDto,
  ContractDetailDto,
  ContractDto,
  ContractListQueryDto,
  ContractPageDto,
  ContractStatusInputDto,
  CreateContractDto,
  InstalmentDto,
  PaymentPlanDto,
  UpdateContractDto,
} from './contracts.dto.js';

const ENTITY = 'contract';
const EDITABLE: readonly ContractStatus[] = ['draft'];
const RENEWABLE: readonly ContractStatus[] = ['signed', 'in_force', 'expired'];


/**
 * The period after [startOn, endOn]: as many calendar months when the period is whole months (a
 * year stays a year across a leap day), otherwise as many days.
 */
function nextPeriod(startOn: string, endOn: string): { startOn: string; endOn: string } {
  const next = addDays(endOn, 1);
  const [y1, m1, d1] = startOn.split('-').map(Number);
  const [y2, m2, d2] = next.split('-').map(Number);
  if (d1 !== d2) return { startOn: next, endOn: addDays(next, daysBetween(startOn, endOn)) };
  const months = (y2 - y1) * 12 + (m2 - m1);
  const after = new Date(Date.UTC(y2, m2 - 1 + months, d2));
  return { startOn: next, endOn: addDays(isoDay(after), -1) };
}

@Injectable()
export class ContractsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractsRepository,
    private readonly store: AttachmentStore,
    private readonly orders: OrdersRepository,
    private readonly quotes: QuotesRepository,
    private readonly customers: CustomersService,
    private readonly teams: TeamsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ContractListQueryDto): Promise<ContractPageDto> {
    const today = isoDay(new Date());
    const page = await this.contracts.findPage(actor.scope('read', 'contracts'), query, today, addDays(today, 30));
    return { ...page, items: page.items.map(toContractDto) };
  }

  async get(actor: Actor, id: number): Promise<ContractDetailDto> {
    const row = await this.contracts.table.getOne(actor.scope('read', 'contracts'), id);
    const [[named], attachments, instalments] = await Promise.all([this.contracts.withNames([row]), this.contracts.attachments(id), this.contracts.instalments(id)]);
    const today = isoDay(new Date());
    const plan = instalments.map((instalment) => toInstalmentDto(instalment, today));
    return {
      ...toContractDto(named),
      attachments: attachments.map(toAttachmentDto),
      instalments: plan,
      outstanding: sum(plan.map((i) => i.outstanding)),
      nextStatuses: [...CONTRACT_FLOW[row.status]],
    };
  }

  /** A contract from an order, an accepted quote, or on its own; owned by the order's or quote's owner. */
  async create(actor: Actor, dto: CreateContractDto): Promise<ContractDetailDto> {
    const { orderId, quoteId, customerId: givenCustomer, amount: givenAmount, ...fields } = dto;
    const source = await this.sourceOf(actor, orderId, quoteId);
    const customerId = source?.customerId ?? givenCustomer;
    if (!customerId) throw invalid([{ field: 'customerId', reason: 'is required for a contract that comes from no order or quote' }]);
    if (source && givenCustomer && givenCustomer !== source.customerId) throw invalid([{ field: 'customerId', reason: 'is not the customer of the order or quote' }]);
    const contractAmount = givenAmount ?? source?.total;
    if (contractAmount === undefined) throw invalid([{ field: 'amount', reason: 'is required for a contract that comes from no order or quote' }]);
    this.checkDates(fields.startOn, fields.endOn);
    const customer = await this.customers.get(actor, customerId);
    const placement = source
      ? { ownerId: source.ownerId, teamPath: source.teamPath }
      : (({ id, teamPath }) => ({ ownerId: id, teamPath }))(foundOrFail(await this.users.findOwnerPlacement(actor.id), 'User', actor.id));
    if (!actor.can('create', 'contracts', placement)) throw forbidden('You may not create contracts');
    const company = await this.teams.companyName();
    const id = await this.dataSource.transaction(async (manager) => {
      const values: Partial<Contract> = {
        ...fields,
        contractNumber: `TMP-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
        customerId,
        orderId: orderId ?? null,
        quoteId: quoteId ?? (source as Order | undefined)?.quoteId ?? null,
        partyA: fields.partyA ?? company,
        partyB: fields.partyB ?? customer.name,
        amount: amount(contractAmount).toFixed(2),
        status: 'draft',
        ...placement,
        createdBy: actor.id,
        version: 1,
      };
      const newId = await this.contracts.insert(manager, values);
      const contractNumber = `CT${new Date().getUTCFullYear()}-${String(newId).padStart(6, '0')}`;
      await manager.update(Contract, { id: newId }, { contractNumber });
      await this.audit.recordChange(manager, actor, ENTITY, 'create', newId, null, { ...values, contractNumber });
      return newId;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, dto: UpdateContractDto): Promise<ContractDetailDto> {
    const { version, ...changes } = dto;
    await this.dataSource.transaction(async (manager) => {
      const before = await this.contracts.table.getOne(actor.scope('read', 'contracts'), id, manager);
      if (!actor.can('update', 'contracts', before)) throw forbidden('You may not change this contract');
      if (!EDITABLE.includes(before.status)) throw conflict('CONTRACT_LOCKED', `A ${before.status} contract is not edited`);
      this.checkDates(changes.startOn === undefined ? before.startOn : changes.startOn, changes.endOn === undefined ? before.endOn : changes.endOn);
      await this.contracts.table.updateVersioned(manager, actor.scope('update', 'contracts'), id, version, changes);
      const old = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof Contract]]));
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, old, changes);
    });
    return this.get(actor, id);
  }

  async changeStatus(actor: Actor, id: number, dto: ContractStatusInputDto): Promise<ContractDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.contracts.table.getOne(actor.scope('read', 'contracts'), id, manager);
      if (!actor.can('update', 'contracts', before)) throw forbidden('You may not change this contract');
      if (before.version !== dto.version) throw staleVersion('Contract', id, before.version);
      if (!CONTRACT_FLOW[before.status].includes(dto.status)) {
        throw conflict('CONTRACT_WRONG_STATUS', `A ${before.status} contract cannot become ${dto.status}`, { status: before.status, allowed: CONTRACT_FLOW[before.status] });
      }
      const changes: Partial<Contract> = { status: dto.status, ...(dto.status === 'signed' ? { signedOn: dto.signedOn ?? isoDay(new Date()) } : {}) };
      await this.contracts.table.updateVersioned(manager, actor.scope('update', 'contracts'), id, dto.version, changes);
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { status: before.status, signedOn: before.signedOn }, changes);
    });
    return this.get(actor, id);
  }

  /** A successor draft for the following period; the two contracts link to each other. */
  async renew(actor: Actor, id: number, version: number): Promise<ContractDetailDto> {
    const newId = await this.dataSource.transaction(async (manager) => {
      const before = await this.contracts.table.getOne(actor.scope('read', 'contracts'), id, manager);
      if (!actor.can('update', 'contracts', before)) throw forbidden('You may not renew this contract');
      if (before.version !== version) throw staleVersion('Contract', id, before.version);
      if (!RENEWABLE.includes(before.status) || before.renewedById) {
        throw conflict('CONTRACT_NOT_RENEWABLE', before.renewedById ? 'The contract was renewed already' : `A ${before.status} contract is not renewed`);
      }
      const period = before.startOn && before.endOn ? nextPeriod(before.startOn, before.endOn) : null;
      const startOn = period?.startOn ?? (before.endOn ? addDays(before.endOn, 1) : null);
      const endOn = period?.endOn ?? null;
      const { id: _id, createdAt: _c, updatedAt: _u, contractNumber: _n, signedOn: _s, renewedById: _r, ...kept } = before;
      const values: Partial<Contract> = {
        ...kept,
        contractNumber: `TMP-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
        orderId: null,
        quoteId: null,
        startOn,
        endOn,
        status: 'draft',
        renewalOfId: id,
        createdBy: actor.id,
        version: 1,
      };
      const created = await this.contracts.insert(manager, values);
      const contractNumber = `CT${new Date().getUTCFullYear()}-${String(created).padStart(6, '0')}`;
      await manager.update(Contract, { id: created }, { contractNumber });
      await this.contracts.table.updateVersioned(manager, actor.scope('update', 'contracts'), id, version, { renewedById: created });
      await this.audit.recordChange(manager, actor, ENTITY, 'create', created, null, { ...values, contractNumber });
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { renewedById: null }, { renewedById: created });
      return created;
    });
    return this.get(actor, newId);
  }

  /** Replaces the instalments; they must add up to the contract amount, and none may be paid yet. */
  async setPaymentPlan(actor: Actor, id: number, dto: PaymentPlanDto): Promise<ContractDetailDto> {
    const problems = dto.instalments.flatMap((instalment, i) =>
      amount(instalment.amount).greaterThan(0) ? [] : [{ field: `instalments.${i}.amount`, reason: 'must be more than 0' }],
    );
    if (problems.length) throw invalid(problems);
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.contracts.table.getOne(actor.scope('read', 'contracts'), id, manager);
      if (!actor.can('update', 'contracts', contract)) throw forbidden('You may not change this contract');
      if (contract.version !== dto.version) throw staleVersion('Contract', id, contract.version);
      if (contract.status === 'terminated' || contract.status === 'expired') throw conflict('CONTRACT_CLOSED', `A ${contract.status} contract keeps its plan`);
      const planned = sum(dto.instalments.map((i) => i.amount));
      if (dto.instalments.length && !amount(planned).equals(contract.amount)) {
        throw invalid([{ field: 'instalments', reason: `add up to ${planned}, not the contract amount ${contract.amount}` }]);
      }
      const current = await this.contracts.instalments(id, manager);
      if (current.some((i) => amount(i.paidAmount).greaterThan(0))) throw conflict('PLAN_HAS_PAYMENTS', 'Payments were recorded against this plan; it can no longer be replaced');
      const ordered = [...dto.instalments].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
      await this.contracts.replaceInstalments(manager, contract, ordered, actor.id);
      // The plan is part of the contract: its version moves, so a stale plan edit is refused.
      await this.contracts.table.updateVersioned(manager, actor.scope('update', 'contracts'), id, dto.version, {});
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { paymentPlan: current.map((i) => `${i.dueOn} ${i.amount}`) }, { paymentPlan: ordered.map((i) => `${i.dueOn} ${i.amount}`) });
    });
    return this.get(actor, id);
  }

  async attach(actor: Actor, id: number, fileName: string, body: unknown, contentType: string | undefined): Promise<AttachmentDto> {
    const contract = await this.contracts.table.getOne(actor.scope('read', 'contracts'), id);
    if (!actor.can('update', 'contracts', contract)) throw forbidden('You may not change this contract');
    const stored = await this.store.save(body, contentType);
    const attachment = await this.dataSource.transaction(async (manager) => {
      const values = { contractId: id, fileName, ...stored, uploadedBy: actor.id, uploadedAt: new Date() };
      const { identifiers } = await manager.insert(ContractAttachment, values);
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { attachment: null }, { attachment: `${fileName} (${stored.sizeBytes} bytes)` });
      return { id: Number(identifiers[0].id), ...values };
    });
    return toAttachmentDto(attachment);
  }

  async download(actor: Actor, id: number, attachmentId: number): Promise<{ attachment: ContractAttachment; stream: Readable }> {
    await this.contracts.table.getOne(actor.scope('read', 'contracts'), id);
    const attachment = foundOrFail(await this.contracts.attachment(id, attachmentId), 'Attachment', attachmentId);
    return { attachment, stream: this.store.open(attachment.storageKey) };
  }

  async detach(actor: Actor, id: number, attachmentId: number): Promise<void> {
    const contract = await this.contracts.table.getOne(actor.scope('read', 'contracts'), id);
    if (!actor.can('update', 'contracts', contract)) throw forbidden('You may not change this contract');
    const attachment = foundOrFail(await this.contracts.attachment(id, attachmentId), 'Attachment', attachmentId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ContractAttachment, { id: attachmentId });
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { attachment: attachment.fileName }, { attachment: null });
    });
    await this.store.remove(attachment.storageKey);
  }

  private async sourceOf(actor: Actor, orderId?: number, quoteId?: number): Promise<(Order | Quote) | undefined> {
    if (orderId && quoteId) throw invalid([{ field: 'quoteId', reason: 'give an order or a quote, not both' }]);
    if (orderId) return this.orders.table.getOne(actor.scope('read', 'orders'), orderId);
    if (!quoteId) return undefined;
    const quote = await this.quotes.table.getOne(actor.scope('read', 'quotes'), quoteId);
    if (quote.status !== 'accepted') throw conflict('QUOTE_NOT_ACCEPTED', `Quote ${quote.quoteNumber} is ${quote.status}; only an accepted quote becomes a contract`);
    return quote;
  }

  private checkDates(startOn: string | null | undefined, endOn: string | null | undefined): void {
    if (startOn && endOn && endOn < startOn) throw invalid([{ field: 'endOn', reason: 'is before the start date' }]);
  }
}

export function toInstalmentDto(instalment: PaymentInstalment, today: string): InstalmentDto {
  const outstanding = amount(instalment.amount).minus(instalment.paidAmount).toFixed(2);
  const open = amount(outstanding).greaterThan(0);
  return {
    id: instalment.id,
    seq: instalment.seq,
    dueOn: instalment.dueOn,
    amount: instalment.amount,
    paidAmount: instalment.paidAmount,
    outstanding,
    daysOverdue: open && instalment.dueOn < today ? daysBetween(instalment.dueOn, today) : 0,
  };
}

function toAttachmentDto(attachment: Omit<ContractAttachment, 'storageKey'> & { storageKey?: string }): AttachmentDto {
  const { id, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt } = attachment;
  return { id, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt };
}

export function toContractDto(row: ContractRow): ContractDto {
  return {
    id: row.id,
    contractNumber: row.contractNumber,
    title: row.title,
    customer: { id: row.customerId, name: row.customerName ?? '' },
    quoteId: row.quoteId,
    orderId: row.orderId,
    partyA: row.partyA,
    partyB: row.partyB,
    amount: row.amount,
    currency: row.currency,
    startOn: row.startOn,
    endOn: row.endOn,
    signedOn: row.signedOn,
    terms: row.terms,
    status: row.status,
    renewalOfId: row.renewalOfId,
    renewedById: row.renewedById,
    owner: row.ownerId === null ? null : { id: row.ownerId, name: row.ownerName ?? '' },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
