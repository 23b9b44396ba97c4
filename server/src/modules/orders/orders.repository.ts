import { Injectable } from '@nestjs/common';
import { today } from '../../common/calendar-days.js';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { AccessScope } from '../../common/access/scope-query.js';
import { containsInsensitive, likePattern } from '../../common/database/dialect.js';
import { namesOf } from '../../common/database/names-of.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { Page } from '../../common/pagination/paginate.js';
import { Customer } from '../customers/customer.entity.js';
import { Product } from '../products/product.entity.js';
import { Quote } from '../quotes/quote.entity.js';
import { User } from '../users/user.entity.js';
import { Order, OrderLine, OrderStatusChange, UNDELIVERED } from './order.entity.js';
import type { OrderListQueryDto } from './orders.dto.js';

export const ORDER_SORTS = { createdAt: 'createdAt', updatedAt: 'updatedAt', orderNumber: 'orderNumber', total: 'total' };

export type OrderRow = Order & { customerName?: string; quoteNumber?: string; ownerName?: string; paymentOverdue?: boolean };

/** An instalment of one of the order's contracts, past due and not paid in full. */
const OVERDUE_INSTALMENT =
  'SELECT 1 FROM contracts oc INNER JOIN payment_instalments oi ON oi.contract_id = oc.id WHERE oc.order_id = o.id AND oi.due_on < :today AND oi.amount > oi.paid_amount';


@Injectable()
export class OrdersRepository {
  readonly table: ScopedTable<Order>;

  constructor(private readonly dataSource: DataSource) {
    this.table = new ScopedTable(dataSource, Order, 'o', 'Order');
  }

  async findPage(scope: AccessScope, query: OrderListQueryDto): Promise<Page<OrderRow>> {
    const qb = this.table.select(scope);
    if (query.q) qb.andWhere(containsInsensitive(this.dataSource, 'o.orderNumber', 'q'), { q: likePattern(query.q, 'contains') });
    for (const field of ['status', 'customerId', 'quoteId', 'ownerId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`o.${field} = :${field}`, { [field]: query[field] });
    }
    if (query.late) qb.andWhere('o.status IN (:...undelivered) AND o.promisedOn < :today', { undelivered: UNDELIVERED, today: today() });
    if (query.paymentOverdue) qb.andWhere(`EXISTS (${OVERDUE_INSTALMENT})`, { today: today() });
    return paginate(qb, 'o', query, ORDER_SORTS, { key: 'createdAt', order: 'desc' }, { enrich: (rows) => this.withNames(rows) });
  }

  async withNames(rows: Order[]): Promise<OrderRow[]> {
    const [customers, quotes, owners, overdue] = await Promise.all([
      namesOf(this.dataSource, Customer, 'name', rows.map((r) => r.customerId)),
      namesOf(this.dataSource, Quote, 'quoteNumber', rows.map((r) => r.quoteId)),
      namesOf(this.dataSource, User, 'displayName', rows.map((r) => r.ownerId)),
      this.withOverduePayments(rows.map((r) => r.id)),
    ]);
    return rows.map((row) =>
      Object.assign(row, {
        paymentOverdue: overdue.has(row.id),
        customerName: customers.get(row.customerId),
        quoteNumber: row.quoteId === null ? undefined : quotes.get(row.quoteId),
        ownerName: row.ownerId === null ? undefined : owners.get(row.ownerId),
      }),
    );
  }

  /** Orders among these whose contracts have an instalment past due and not paid in full. */
  private async withOverduePayments(orderIds: number[]): Promise<Set<number>> {
    if (orderIds.length === 0) return new Set();
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('DISTINCT c.order_id', 'order_id')
      .from('contracts', 'c')
      .innerJoin('payment_instalments', 'pi', 'pi.contract_id = c.id')
      .where('c.order_id IN (:...orderIds)', { orderIds })
      .andWhere('pi.due_on < :today AND pi.amount > pi.paid_amount', { today: today() })
      .getRawMany<Record<string, unknown>>();
    return new Set(rows.map((row) => Number(row.order_id ?? row.ORDER_ID)));
  }

  async insert(manager: EntityManager, values: Partial<Order>): Promise<number> {
    const { identifiers } = await manager.insert(Order, values);
    return Number(identifiers[0].id);
  }

  async insertLines(manager: EntityManager, orderId: number, lines: Array<Omit<OrderLine, 'id' | 'orderId'>>): Promise<void> {
    if (lines.length) await manager.insert(OrderLine, lines.map((line) => ({ ...line, orderId })));
  }

  async recordStatus(manager: EntityManager, change: Omit<OrderStatusChange, 'id'>): Promise<void> {
    await manager.insert(OrderStatusChange, change);
  }

  lines(orderId: number): Promise<Array<OrderLine & { product: Product }>> {
    return this.dataSource
      .createQueryBuilder(OrderLine, 'l')
      .innerJoinAndMapOne('l.product', Product, 'p', 'p.id = l.productId')
      .where('l.orderId = :orderId', { orderId })
      .orderBy('l.sortOrder', 'ASC')
      .getMany() as Promise<Array<OrderLine & { product: Product }>>;
  }

  async history(orderId: number): Promise<Array<OrderStatusChange & { changedByName?: string }>> {
    const changes = await this.dataSource.getRepository(OrderStatusChange).find({ where: { orderId }, order: { id: 'ASC' } });
    const names = await namesOf(this.dataSource, User, 'displayName', changes.map((c) => c.changedBy));
    return changes.map((change) => Object.assign(change, { changedByName: change.changedBy === null ? undefined : names.get(change.changedBy) }));
  }
}
