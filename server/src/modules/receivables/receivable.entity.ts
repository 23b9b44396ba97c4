import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { decimalString } from '../../common/database/money-columns.js';
import { ScopedEntity } from '../../common/database/scoped-entity.js';

/** One instalment of a contract's payment plan: a receivable until paid in full. */
@Entity('payment_instalments')
export class PaymentInstalment extends ScopedEntity {
  @Column()
  contractId: number;

  @Column()
  customerId: number;

  @Column()
  seq: number;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'decimal', precision: 18, scale: 2, transformer: decimalString })
  amount: string;

  @Column({ type: 'decimal', precision: 18, scale: 2, default: 0, transformer: decimalString })
  paidAmount: string;
}

export const PAYMENT_METHODS = ['bank_transfer', 'cash', 'cheque', 'card', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

@Entity('payments')
export class Payment extends ScopedEntity {
  @Column()
  contractId: number;

  @Column()
  customerId: number;

  @Column({ type: 'decimal', precision: 18, scale: 2, transformer: decimalString })
  amount: string;

  @Column({ type: 'date' })
  paidOn: string;

  @Column({ type: 'varchar', length: 20 })
  method: PaymentMethod;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  notes: string | null;
}

/** The part of a payment that settles one instalment. */
@Entity('payment_allocations')
export class PaymentAllocation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  paymentId: number;

  @Column()
  instalmentId: number;

  @Column({ type: 'decimal', precision: 18, scale: 2, transformer: decimalString })
  amount: string;
}
