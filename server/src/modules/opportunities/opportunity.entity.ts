import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { decimalString } from '../../common/database/money-columns.js';
import { BookkeepingEntity } from '../../common/database/bookkeeping-entity.js';
import { ScopedEntity } from '../../common/database/scoped-entity.js';
import { PicklistField } from '../../common/picklists/picklist-field.decorator.js';

export type StageType = 'open' | 'won' | 'lost';
export type OpportunityStatus = 'open' | 'won' | 'lost';

@Entity('pipelines')
export class Pipeline extends BookkeepingEntity {
  @Column({ length: 100 })
  nameEn: string;

  @Column({ length: 100 })
  nameZh: string;

  @Column({ default: false })
  isDefault: boolean;

  @Column({ default: true })
  isActive: boolean;

  @Column({ default: 0 })
  sortOrder: number;
}

@Entity('pipeline_stages')
export class PipelineStage extends BookkeepingEntity {
  @Column()
  pipelineId: number;

  @Column({ length: 100 })
  nameEn: string;

  @Column({ length: 100 })
  nameZh: string;

  /** Default win probability, percent. */
  @Column()
  probability: number;

  @Column()
  sortOrder: number;

  /** open stages are worked through; reaching a won or lost stage closes the opportunity. */
  @Column({ type: 'varchar', length: 10 })
  stageType: StageType;
}

@Entity('opportunities')
export class Opportunity extends ScopedEntity {
  @Column({ length: 200 })
  name: string;

  @Column()
  customerId: number;

  @Column()
  pipelineId: number;

  @Column()
  stageId: number;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: OpportunityStatus;

  /** Exact decimal; the sum of the lines when there are lines. */
  @Column({ type: 'decimal', precision: 18, scale: 2, default: 0, transformer: decimalString })
  amount: string;

  @Column({ length: 3, default: 'CNY' })
  currency: string;

  @Column({ type: 'date', nullable: true })
  expectedCloseDate: string | null;

  @Column()
  probability: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  competitors: string | null;

  @PicklistField('lost_reason')
  @Column({ type: 'varchar', length: 40, nullable: true })
  lostReason: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  closeNote: string | null;

  @Column({ type: Date, nullable: true })
  closedAt: Date | null;

  @Column({ type: Date })
  stageEnteredAt: Date;

  @Column({ type: 'varchar', nullable: true })
  notes: string | null;
}

@Entity('opportunity_contacts')
export class OpportunityContact {
  @PrimaryColumn()
  opportunityId: number;

  @PrimaryColumn()
  contactId: number;
}

@Entity('opportunity_lines')
export class OpportunityLine {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  opportunityId: number;

  @Column()
  productId: number;

  @Column({ type: 'decimal', precision: 18, scale: 4, transformer: decimalString })
  quantity: string;

  @Column({ type: 'decimal', precision: 18, scale: 2, transformer: decimalString })
  unitPrice: string;

  @Column({ type: 'decimal', precision: 5, scale: 2, default: 0, transformer: decimalString })
  discountPercent: string;

  @Column({ type: 'decimal', precision: 18, scale: 2, transformer: decimalString })
  lineTotal: string;

  @Column({ default: 0 })
  sortOrder: number;
}

/** One move between stages, with the time spent in the stage it left. */
@Entity('opportunity_stage_history')
export class OpportunityStageChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  opportunityId: number;

  @Column({ type: 'int', nullable: true })
  fromStageId: number | null;

  @Column()
  toStageId: number;

  @Column({ type: 'int', nullable: true })
  changedBy: number | null;

  @Column({ type: Date })
  changedAt: Date;

  @Column({ type: 'int', nullable: true })
  secondsInStage: number | null;
}
