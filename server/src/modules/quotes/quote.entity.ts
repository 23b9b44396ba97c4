import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { decimalString, PricedDocumentColumns, PricedLineColumns } from '../../common/database/money-columns.js';

export const QUOTE_STATUSES = ['draft', 'pending_approval', 'approved', 'rejected', 'sent', 'accepted', 'declined', 'superseded'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/**
 * One revision of a quote. Revising a quote that left draft makes a new row with the same number
 * and the next revision; the old one is kept as it was, marked superseded.
 */
@Entity('quotes')
export class Quote extends PricedDocumentColumns {
  @Column({ length: 30 })
  quoteNumber: string;

  @Column()
  revision: number;

  @Column({ length: 200 })
  title: string;

  @Column()
  customerId: number;

  @Column({ type: 'int', nullable: true })
  opportunityId: number | null;

  @Column({ type: 'int', nullable: true })
  contactId: number | null;

  @Column({ type: 'varchar', length: 20 })
  status: QuoteStatus;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  /** The largest line discount: what approval is about. */
  @Column({ type: 'decimal', precision: 5, scale: 2, default: 0, transformer: decimalString })
  maxDiscountPercent: string;

  /** Who must decide while the quote waits for approval. */
  @Column({ type: 'int', nullable: true })
  approverId: number | null;

  @Column({ type: 'varchar', nullable: true })
  terms: string | null;

  @Column({ type: 'varchar', nullable: true })
  notes: string | null;

  @Column({ type: Date, nullable: true })
  sentAt: Date | null;

  /** When the customer accepted or declined. */
  @Column({ type: Date, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  supersededById: number | null;
}

@Entity('quote_lines')
export class QuoteLine extends PricedLineColumns {
  @Column()
  quoteId: number;

  @Column()
  productId: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;
}

export type ApprovalDecision = 'approved' | 'rejected';

/** One request for approval and its answer; a resubmitted quote asks again. */
@Entity('quote_approvals')
export class QuoteApproval {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  quoteId: number;

  @Column()
  approverId: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  decision: ApprovalDecision | null;

  /** The approver's comment ("comment" is reserved in Oracle). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: Date })
  requestedAt: Date;

  @Column({ type: Date, nullable: true })
  decidedAt: Date | null;
}
