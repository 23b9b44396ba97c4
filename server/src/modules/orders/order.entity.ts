import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PricedDocumentColumns, PricedLineColumns } from '../../common/database/money-columns.js';

export const ORDER_STATUSES = ['draft', 'confirmed', 'in_delivery', 'delivered', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Where each status may go next; cancelling is possible until the goods are delivered. */
export const ORDER_FLOW: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ['confirmed', 'cancelled'],
  confirmed: ['in_delivery', 'cancelled'],
  in_delivery: ['delivered', 'cancelled'],
  delivered: ['completed'],
  completed: [],
  cancelled: [],
};

/** Statuses in which the goods are still owed: past the promised date, such an order is late. */
export const UNDELIVERED: readonly OrderStatus[] = ['draft', 'confirmed', 'in_delivery'];

@Entity('orders')
export class Order extends PricedDocumentColumns {
  @Column({ length: 30 })
  orderNumber: string;

  @Column()
  customerId: number;

  @Column({ type: 'int', nullable: true })
  quoteId: number | null;

  @Column({ type: 'int', nullable: true })
  opportunityId: number | null;

  @Column({ type: 'varchar', length: 20 })
  status: OrderStatus;

  /** The delivery date promised to the customer. */
  @Column({ type: 'date', nullable: true })
  promisedOn: string | null;

  @Column({ type: 'date', nullable: true })
  deliveredOn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  deliveryAddress: string | null;

  @Column({ type: 'varchar', nullable: true })
  notes: string | null;

  @Column({ type: Date })
  statusChangedAt: Date;
}

@Entity('order_lines')
export class OrderLine extends PricedLineColumns {
  @Column()
  orderId: number;

  @Column()
  productId: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;
}

/** One step of an order's status: who moved it, when, from where to where. */
@Entity('order_status_history')
export class OrderStatusChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  orderId: number;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: OrderStatus | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus: OrderStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'int', nullable: true })
  changedBy: number | null;

  @Column({ type: Date })
  changedAt: Date;
}
