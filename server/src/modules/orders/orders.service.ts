import { Injectable } from '@nestjs/common';
import { today } from '../../common/calendar-days.js';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { conflict, forbidden, staleVersion } from '../../common/errors/app-error.js';
import { Quote } from '../quotes/quote.entity.js';
import { toPricedLineDto } from '../quotes/priced-line.js';
import { QuotesRepository } from '../quotes/quotes.repository.js';
import { Order, ORDER_FLOW, UNDELIVERED } from './order.entity.js';
import type { OrderStatus } from './order.entity.js';
import { OrdersRepository } from './orders.repository.js';
import type { OrderRow } from './orders.repository.js';
import type { CreateOrderDto, OrderDetailDto, OrderDto, OrderListQueryDto, OrderPageDto, OrderStatusInputDto, UpdateOrderDto } from './orders.dto.js';

const ENTITY = 'order';
const FINAL: readonly OrderStatus[] = ['completed', 'cancelled'];

@Injectable()
export class OrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrdersRepository,
    private readonly quotes: QuotesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: OrderListQueryDto): Promise<OrderPageDto> {
    const page = await this.orders.findPage(actor.scope('read', 'orders'), query);
    return { ...page, items: page.items.map(toOrderDto) };
  }

  async get(actor: Actor, id: number): Promise<OrderDetailDto> {
    const row = await this.orders.table.getOne(actor.scope('read', 'orders'), id);
    const [[named], lines, history] = await Promise.all([this.orders.withNames([row]), this.orders.lines(id), this.orders.history(id)]);
    return {
      ...toOrderDto(named),
      lines: lines.map(toPricedLineDto),
      statusHistory: history.map((change) => ({
        fromStatus: change.fromStatus,
        toStatus: change.toStatus,
        note: change.note,
        changedBy: change.changedBy === null ? null : { id: change.changedBy, name: change.changedByName ?? '' },
        changedAt: change.changedAt,
      })),
      nextStatuses: [...ORDER_FLOW[row.status]],
    };
  }

  /**
   * The order of an accepted quote: its customer, lines and totals as quoted, owned by the quote's
   * owner. A quote becomes one order; two people ordering it at once get one order and a 409.
   */
  async createFromQuote(actor: Actor, dto: CreateOrderDto): Promise<OrderDetailDto> {
    const quote = await this.quotes.table.getOne(actor.scope('read', 'quotes'), dto.quoteId);
    if (quote.status !== 'accepted') throw conflict('QUOTE_NOT_ACCEPTED', `Quote ${quote.quoteNumber} is ${quote.status}; only an accepted quote becomes an order`);
    const placement = { ownerId: quote.ownerId, teamPath: quote.teamPath };
    if (!actor.can('create', 'orders', placement)) throw forbidden('You may not create orders');
    const lines = await this.quotes.lines(quote.id);
    const id = await this.dataSource.transaction(async (manager) => {
      // Touching the quote's version serialises two orders of the same quote.
      const { affected } = await manager.update(Quote, { id: quote.id, version: quote.version }, { version: quote.version + 1 });
      if (!affected) throw staleVersion('Quote', quote.id);
      if (await manager.existsBy(Order, { quoteId: quote.id })) throw conflict('ALREADY_ORDERED', `Quote ${quote.quoteNumber} is already an order`);
      const now = new Date();
      const values: Partial<Order> = {
        orderNumber: `TMP-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
        customerId: quote.customerId,
        quoteId: quote.id,
        opportunityId: quote.opportunityId,
        status: 'draft',
        currency: quote.currency,
        subtotal: quote.subtotal,
        discountTotal: quote.discountTotal,
        taxTotal: quote.taxTotal,
        total: quote.total,
        promisedOn: dto.promisedOn ?? null,
        deliveryAddress: dto.deliveryAddress ?? null,
        notes: dto.notes ?? null,
        statusChangedAt: now,
        ...placement,
        createdBy: actor.id,
        version: 1,
      };
      const newId = await this.orders.insert(manager, values);
      const orderNumber = `SO${now.getUTCFullYear()}-${String(newId).padStart(6, '0')}`;
      await manager.update(Order, { id: newId }, { orderNumber });
      await this.orders.insertLines(manager, newId, lines.map(({ id: _id, quoteId: _q, product: _p, ...line }) => line));
      await this.orders.recordStatus(manager, { orderId: newId, fromStatus: null, toStatus: 'draft', note: null, changedBy: actor.id, changedAt: now });
      await this.audit.recordChange(manager, actor, ENTITY, 'create', newId, null, { ...values, orderNumber });
      return newId;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, dto: UpdateOrderDto): Promise<OrderDetailDto> {
    const { version, ...changes } = dto;
    await this.dataSource.transaction(async (manager) => {
      const before = await this.orders.table.getOne(actor.scope('read', 'orders'), id, manager);
      if (!actor.can('update', 'orders', before)) throw forbidden('You may not change this order');
      if (FINAL.includes(before.status)) throw conflict('ORDER_CLOSED', `A ${before.status} order is not changed`);
      await this.orders.table.updateVersioned(manager, actor.scope('update', 'orders'), id, version, changes);
      const old = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof Order]]));
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, old, changes);
    });
    return this.get(actor, id);
  }

  /** One step along the order's flow, with who and when; delivering records the day. */
  async changeStatus(actor: Actor, id: number, dto: OrderStatusInputDto): Promise<OrderDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.orders.table.getOne(actor.scope('read', 'orders'), id, manager);
      if (!actor.can('update', 'orders', before)) throw forbidden('You may not change this order');
      if (before.version !== dto.version) throw staleVersion('Order', id, before.version);
      const allowed = ORDER_FLOW[before.status];
      if (!allowed.includes(dto.status)) {
        throw conflict('ORDER_WRONG_STATUS', `A ${before.status} order cannot become ${dto.status}`, { status: before.status, allowed });
      }
      const now = new Date();
      const changes: Partial<Order> = {
        status: dto.status,
        statusChangedAt: now,
        ...(dto.status === 'delivered' ? { deliveredOn: dto.deliveredOn ?? today() } : {}),
      };
      await this.orders.table.updateVersioned(manager, actor.scope('update', 'orders'), id, dto.version, changes);
      await this.orders.recordStatus(manager, { orderId: id, fromStatus: before.status, toStatus: dto.status, note: dto.note ?? null, changedBy: actor.id, changedAt: now });
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { status: before.status }, { status: dto.status });
    });
    return this.get(actor, id);
  }
}

export function toOrderDto(row: OrderRow): OrderDto {
  return {
    id: row.id,
    orderNumber: row.orderNumber,
    customer: { id: row.customerId, name: row.customerName ?? '' },
    quote: row.quoteId === null ? null : { id: row.quoteId, name: row.quoteNumber ?? '' },
    opportunityId: row.opportunityId,
    status: row.status,
    currency: row.currency,
    subtotal: row.subtotal,
    discountTotal: row.discountTotal,
    taxTotal: row.taxTotal,
    total: row.total,
    promisedOn: row.promisedOn,
    deliveredOn: row.deliveredOn,
    deliveryAddress: row.deliveryAddress,
    notes: row.notes,
    late: row.promisedOn !== null && UNDELIVERED.includes(row.status) && row.promisedOn < today(),
    paymentOverdue: row.paymentOverdue ?? false,
    statusChangedAt: row.statusChangedAt,
    owner: row.ownerId === null ? null : { id: row.ownerId, name: row.ownerName ?? '' },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
