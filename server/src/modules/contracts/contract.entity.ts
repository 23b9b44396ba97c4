import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { decimalString } from '../../common/database/money-columns.js';
import { ScopedEntity } from '../../common/database/scoped-entity.js';

export const CONTRACT_STATUSES = ['draft', 'in_approval', 'signed', 'in_force', 'expired', 'terminated'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Where each status may go next. An approver returns a contract to draft or lets it be signed. */
export const CONTRACT_FLOW: Record<ContractStatus, readonly ContractStatus[]> = {
  draft: ['in_approval', 'terminated'],
  in_approval: ['draft', 'signed'],
  signed: ['in_force', 'terminated'],
  in_force: ['expired', 'terminated'],
  expired: [],
  terminated: [],
};

@Entity('contracts')
export class Contract extends ScopedEntity {
  @Column({ length: 30 })
  contractNumber: string;

  @Column({ length: 200 })
  title: string;

  @Column()
  customerId: number;

  @Column({ type: 'int', nullable: true })
  quoteId: number | null;

  @Column({ type: 'int', nullable: true })
  orderId: number | null;

  /** Our side (default: the company) and the customer's side, as they appear on the contract. */
  @Column({ length: 200 })
  partyA: string;

  @Column({ length: 200 })
  partyB: string;

  @Column({ type: 'decimal', precision: 18, scale: 2, transformer: decimalString })
  amount: string;

  @Column({ length: 3, default: 'CNY' })
  currency: string;

  @Column({ type: 'date', nullable: true })
  startOn: string | null;

  @Column({ type: 'date', nullable: true })
  endOn: string | null;

  @Column({ type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ type: 'varchar', nullable: true })
  terms: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: ContractStatus;

  /** The contract this one renews, and the one that renewed it. */
  @Column({ type: 'int', nullable: true })
  renewalOfId: number | null;

  @Column({ type: 'int', nullable: true })
  renewedById: number | null;
}

@Entity('contract_attachments')
export class ContractAttachment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  contractId: number;

  @Column({ length: 200 })
  fileName: string;

  @Column({ length: 100 })
  contentType: string;

  @Column()
  sizeBytes: number;

  @Column({ length: 64 })
  sha256: string;

  /** The file's name under DATA_DIR/attachments: never the user's file name. */
  @Column({ length: 100 })
  storageKey: string;

  @Column({ type: 'int', nullable: true })
  uploadedBy: number | null;

  @Column({ type: Date })
  uploadedAt: Date;
}
