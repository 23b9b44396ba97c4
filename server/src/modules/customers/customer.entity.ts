import { Column, Entity } from 'typeorm';
import { ScopedEntity } from '../../common/database/scoped-entity.js';
import { BookkeepingEntity } from '../../common/database/bookkeeping-entity.js';
import { PicklistField } from '../../common/picklists/picklist-field.decorator.js';

export type CustomerType = 'company' | 'person';
export type CustomerStatus = 'active' | 'archived';

@Entity('customers')
export class Customer extends ScopedEntity {
  @Column({ length: 40 })
  code: string;

  /** Chinese or Latin text, as the customer writes it. */
  @Column({ length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  customerType: CustomerType;

  @PicklistField('industry')
  @Column({ type: 'varchar', length: 40, nullable: true })
  industry: string | null;

  @PicklistField('customer_level')
  @Column({ type: 'varchar', length: 10, nullable: true })
  customerLevel: string | null;

  @PicklistField('source')
  @Column({ type: 'varchar', length: 40, nullable: true })
  source: string | null;

  @PicklistField('region')
  @Column({ type: 'varchar', length: 40, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  website: string | null;

  /** Comma-separated tags. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  tags: string | null;

  /** Exact decimal, carried as a string end to end. */
  @Column({ type: 'decimal', precision: 18, scale: 2, nullable: true, transformer: { to: (v) => v, from: (v) => (v == null ? null : String(v)) } })
  creditLimit: string | null;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: CustomerStatus;

  @Column({ type: 'varchar', nullable: true })
  notes: string | null;

  /** Set by every logged activity; the customer pool reclaims customers left alone too long. */
  @Column({ type: Date, nullable: true })
  lastFollowUpAt: Date | null;

  /** Who last gave the customer back to the pool (null when the pool took it), and when. */
  @Column({ type: 'int', nullable: true })
  releasedBy: number | null;

  @Column({ type: Date, nullable: true })
  releasedAt: Date | null;

  @Column({ type: Date, nullable: true })
  claimedAt: Date | null;
}

/** After how many idle days customers of a team (and its sub-teams) and/or a level return to the pool. */
@Entity('pool_rules')
export class PoolRule extends BookkeepingEntity {
  @Column({ type: 'int', nullable: true })
  teamId: number | null;

  @PicklistField('customer_level')
  @Column({ type: 'varchar', length: 10, nullable: true })
  customerLevel: string | null;

  @Column()
  idleDays: number;
}
