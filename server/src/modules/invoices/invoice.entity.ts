import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PricedDocumentColumns, PricedLineColumns } from '../../common/database/money-columns.js';

export const INVOICE_STATUSES = ['draft', 'issued', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

@Entity('invoices')
export class Invoice extends PricedDocumentColumns {
  /** Given when issued; a void invoice keeps it. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  invoiceNumber: string | null;

  @Column()
  customerId: number;

  @Column({ type: 'int', nullable: true })
  orderId: number | null;

  @Column({ type: 'int', nullable: true })
  contractId: number | null;

  @Column({ type: 'varchar', length: 10 })
  status: InvoiceStatus;

  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  voidReason: string | null;
}

/** The number an issued invoice took: unique per year. */
@Entity('invoice_numbers')
export class InvoiceNumber {
  @PrimaryColumn()
  invoiceId: number;

  @Column()
  numberYear: number;

  @Column()
  seq: number;
}

@Entity('invoice_lines')
export class InvoiceLine extends PricedLineColumns {
  @Column()
  invoiceId: number;

  @Column({ type: 'int', nullable: true })
  productId: number | null;

  @Column({ length: 500 })
  description: string;
}
