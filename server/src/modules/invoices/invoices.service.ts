import { Injectable } from '@nestjs/common';
import { isoDay } from '../../common/calendar-days.js';
import { DataSource, Not } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { containsInsensitive, likePattern } from '../../common/database/dialect.js';
import { ensureSequence, takeNumber } from '../../common/database/document-sequence.js';
import { namesOf } from '../../common/database/names-of.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { conflict, forbidden, invalid, staleVersion } from '../../common/errors/app-error.js';
import type { FieldProblem } from '../../common/errors/app-error.js';
import { amount, documentTotals, sum, taxedLine } from '../../common/money.js';
import { paginate } from '../../common/pagination/paginate.js';
import { Contract } from '../contracts/contract.entity.js';
import { ContractsRepository } from '../contracts/contracts.repository.js';
import { Customer } from '../customers/customer.entity.js';
import { Order } from '../orders/order.entity.js';
import { OrdersRepository } from '../orders/orders.repository.js';
import { User } from '../users/user.entity.js';
import { Invoice, InvoiceLine, InvoiceNumber } from './invoice.entity.js';
import type { CreateInvoiceDto, InvoiceDetailDto, InvoiceDto, InvoiceListQueryDto, InvoicePageDto, InvoiceLineInputDto, IssueInvoiceDto, VoidInvoiceDto } from './invoices.dto.js';

const ENTITY = 'invoice';

type PricedLine = Omit<InvoiceLine, 'id' | 'invoiceId'>;

/**
 * Invoices against an order or a contract, in full or in part: never more, all invoices together,
 * than the order's or contract's total. Drafts have no number; issuing gives the next number of
 * the year (INV-2026-000001...), without gaps or duplicates however many are issued at once; a
 * void invoice keeps its number.
 */
@Injectable()
export class InvoicesService {
  private readonly invoices: ScopedTable<Invoice>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrdersRepository,
    private readonly contracts: ContractsRepository,
    private readonly audit: AuditService,
  ) {
    this.invoices = new ScopedTable(dataSource, Invoice, 'v', 'Invoice');
  }

  async list(actor: Actor, query: InvoiceListQueryDto): Promise<InvoicePageDto> {
    const qb = this.invoices.select(actor.scope('read', 'invoices'));
    if (query.q) qb.andWhere(containsInsensitive(this.dataSource, 'v.invoiceNumber', 'q'), { q: likePattern(query.q, 'contains') });
    for (const field of ['status', 'customerId', 'orderId', 'contractId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`v.${field} = :${field}`, { [field]: query[field] });
    }
    return paginate(qb, 'v', query, { createdAt: 'createdAt', issuedOn: 'issuedOn' }, { key: 'createdAt', order: 'desc' }, { enrich: (rows) => this.present(rows) });
  }

  async get(actor: Actor, id: number): Promise<InvoiceDetailDto> {
    const invoice = await this.invoices.getOne(actor.scope('read', 'invoices'), id);
    const lines = await this.dataSource.getRepository(InvoiceLine).find({ where: { invoiceId: id }, order: { sortOrder: 'ASC' } });
    const [dto] = await this.present([invoice]);
    return {
      ...dto,
      lines: lines.map(({ productId, description, quantity, unitPrice, discountPercent, taxRate, grossAmount, discountAmount, taxAmount, lineTotal }) => ({
        productId, description, quantity, unitPrice, discountPercent, taxRate, grossAmount, discountAmount, taxAmount, lineTotal,
      })),
    };
  }

  async create(actor: Actor, dto: CreateInvoiceDto): Promise<InvoiceDetailDto> {
    if (!!dto.orderId === !!dto.contractId) throw invalid([{ field: 'orderId', reason: 'give an order or a contract to invoice' }]);
    const source = dto.orderId
      ? await this.orders.table.getOne(actor.scope('read', 'orders'), dto.orderId)
      : await this.contracts.table.getOne(actor.scope('read', 'contracts'), dto.contractId!);
    if (source.status === 'cancelled' || source.status === 'draft' || source.status === 'terminated') {
      throw conflict('NOT_INVOICEABLE', `A ${source.status} ${dto.orderId ? 'order' : 'contract'} is not invoiced`);
    }
    const placement = { ownerId: source.ownerId, teamPath: source.teamPath };
    if (!actor.can('create', 'invoices', placement)) throw forbidden('You may not create invoices');
    const wanted = dto.lines ?? (dto.orderId ? await this.orderLines(dto.orderId) : undefined);
    if (!wanted?.length) throw invalid([{ field: 'lines', reason: 'an invoice of a contract needs its lines' }]);
    const priced = priceLines(wanted);
    if (priced.problems.length) throw invalid(priced.problems);
    const totals = documentTotals(priced.lines);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkCeiling(manager, dto, totals.total, 'total' in source ? source.total : source.amount);
      const values: Partial<Invoice> = {
        customerId: source.customerId,
        orderId: dto.orderId ?? null,
        contractId: dto.contractId ?? null,
        status: 'draft',
        currency: source.currency,
        ...totals,
        notes: dto.notes ?? null,
        ...placement,
        createdBy: actor.id,
        version: 1,
      };
      const { identifiers } = await manager.insert(Invoice, values);
      const newId = Number(identifiers[0].id);
      await manager.insert(InvoiceLine, priced.lines.map((line) => ({ ...line, invoiceId: newId })));
      await this.audit.recordChange(manager, actor, ENTITY, 'create', newId, null, values);
      return newId;
    });
    return this.get(actor, id);
  }

  /** Gives the draft the next number of its year; the number is never reused or skipped. */
  async issue(actor: Actor, id: number, dto: IssueInvoiceDto): Promise<InvoiceDetailDto> {
    const issuedOn = dto.issuedOn ?? isoDay(new Date());
    const year = Number(issuedOn.slice(0, 4));
    const seqKey = `invoice-${year}`;
    await ensureSequence(this.dataSource.manager, seqKey);
    await this.dataSource.transaction(async (manager) => {
      const invoice = await this.invoices.getOne(actor.scope('read', 'invoices'), id, manager);
      if (!actor.can('update', 'invoices', invoice)) throw forbidden('You may not issue this invoice');
      if (invoice.version !== dto.version) throw staleVersion('Invoice', id, invoice.version);
      if (invoice.status !== 'draft') throw conflict('INVOICE_NOT_DRAFT', `A ${invoice.status} invoice is not issued again`);
      const seq = await takeNumber(manager, seqKey);
      const invoiceNumber = `INV-${year}-${String(seq).padStart(6, '0')}`;
      await manager.insert(InvoiceNumber, { invoiceId: id, numberYear: year, seq });
      await this.invoices.updateVersioned(manager, actor.scope('update', 'invoices'), id, dto.version, { status: 'issued', issuedOn, invoiceNumber });
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { status: 'draft' }, { status: 'issued', issuedOn, invoiceNumber });
    });
    return this.get(actor, id);
  }

  async void(actor: Actor, id: number, dto: VoidInvoiceDto): Promise<InvoiceDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const invoice = await this.invoices.getOne(actor.scope('read', 'invoices'), id, manager);
      if (!actor.can('update', 'invoices', invoice)) throw forbidden('You may not void this invoice');
      if (invoice.status !== 'issued') throw conflict('INVOICE_NOT_ISSUED', 'Only an issued invoice is voided; a draft is deleted');
      await this.invoices.updateVersioned(manager, actor.scope('update', 'invoices'), id, dto.version, { status: 'void', voidReason: dto.reason });
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { status: 'issued' }, { status: 'void', voidReason: dto.reason });
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invoice = await this.invoices.getOne(actor.scope('read', 'invoices'), id, manager);
      if (!actor.can('delete', 'invoices', invoice)) throw forbidden('You may not delete this invoice');
      if (invoice.status !== 'draft') throw conflict('INVOICE_NOT_DRAFT', 'An issued invoice keeps its number: void it instead');
      await this.invoices.deleteInScope(manager, actor.scope('delete', 'invoices'), id);
      await this.audit.recordChange(manager, actor, ENTITY, 'delete', id, invoice, null);
    });
  }

  /** Drafts and issued invoices of the same order or contract, with this one, stay within its total. */
  private async checkCeiling(manager: EntityManager, dto: CreateInvoiceDto, adding: string, ceiling: string): Promise<void> {
    // Locking the order or contract makes two invoices of it, created at once, take turns here.
    await manager.find(dto.orderId ? Order : Contract, { where: { id: dto.orderId ?? dto.contractId }, lock: { mode: 'pessimistic_write' } });
    const where = dto.orderId ? { orderId: dto.orderId, status: Not('void' as const) } : { contractId: dto.contractId, status: Not('void' as const) };
    const others = await manager.find(Invoice, { where, select: { id: true, total: true } });
    const invoiced = sum([...others.map((i) => i.total), adding]);
    if (amount(invoiced).greaterThan(ceiling)) {
      throw conflict('INVOICED_BEYOND_TOTAL', `Invoices would come to ${invoiced}, more than the total ${ceiling}`, { invoiced: sum(others.map((i) => i.total)), ceiling });
    }
  }

  private async orderLines(orderId: number): Promise<InvoiceLineInputDto[]> {
    const lines = await this.orders.lines(orderId);
    return lines.map((l) => ({
      productId: l.productId,
      description: [l.product.name, l.description].filter(Boolean).join(' — '),
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent,
      taxRate: l.taxRate,
    }));
  }

  private async present(rows: Invoice[]): Promise<InvoiceDto[]> {
    const [customers, owners] = await Promise.all([
      namesOf(this.dataSource, Customer, 'name', rows.map((r) => r.customerId)),
      namesOf(this.dataSource, User, 'displayName', rows.map((r) => r.ownerId)),
    ]);
    return rows.map((r) => ({
      id: r.id,
      invoiceNumber: r.invoiceNumber,
      customer: { id: r.customerId, name: customers.get(r.customerId) ?? '' },
      orderId: r.orderId,
      contractId: r.contractId,
      status: r.status,
      issuedOn: r.issuedOn,
      currency: r.currency,
      subtotal: r.subtotal,
      discountTotal: r.discountTotal,
      taxTotal: r.taxTotal,
      total: r.total,
      notes: r.notes,
      voidReason: r.voidReason,
      owner: r.ownerId === null ? null : { id: r.ownerId, name: owners.get(r.ownerId) ?? '' },
      createdAt: r.createdAt,
      version: r.version,
    }));
  }
}

function priceLines(lines: InvoiceLineInputDto[]): { lines: PricedLine[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const priced: PricedLine[] = [];
  for (const [i, line] of lines.entries()) {
    const discountPercent = line.discountPercent ?? '0';
    if (!amount(line.quantity).greaterThan(0)) problems.push({ field: `lines.${i}.quantity`, reason: 'must be more than 0' });
    else if (amount(discountPercent).greaterThan(100) || amount(discountPercent).isNegative()) problems.push({ field: `lines.${i}.discountPercent`, reason: 'must be between 0 and 100' });
    else if (amount(line.unitPrice).isNegative()) problems.push({ field: `lines.${i}.unitPrice`, reason: 'must not be negative' });
    else {
      priced.push({
        productId: line.productId ?? null,
        description: line.description,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        discountPercent,
        taxRate: line.taxRate,
        ...taxedLine(line.quantity, line.unitPrice, discountPercent, line.taxRate),
        sortOrder: i,
      });
    }
  }
  return { lines: priced, problems };
}

