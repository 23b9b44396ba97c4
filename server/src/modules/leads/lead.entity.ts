import { Column, Entity } from 'typeorm';
import { BookkeepingEntity } from '../../common/database/bookkeeping-entity.js';
import { PicklistField } from '../../common/picklists/picklist-field.decorator.js';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'disqualified', 'converted'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** A prospective customer. Without an owner it waits in the pool of the team its path names. */
@Entity('leads')
export class Lead extends BookkeepingEntity {
  @Column({ length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  company: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @PicklistField('source')
  @Column({ type: 'varchar', length: 40, nullable: true })
  source: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  campaign: string | null;

  @PicklistField('industry')
  @Column({ type: 'varchar', length: 40, nullable: true })
  industry: string | null;

  @PicklistField('region')
  @Column({ type: 'varchar', length: 40, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 20, default: 'new' })
  status: LeadStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  disqualifyReason: string | null;

  @Column({ type: 'varchar', nullable: true })
  notes: string | null;

  @Column({ type: 'int', nullable: true })
  ownerId: number | null;

  @Column({ length: 120 })
  teamPath: string;

  @Column({ type: 'int', nullable: true })
  convertedCustomerId: number | null;

  @Column({ type: 'int', nullable: true })
  convertedContactId: number | null;

  @Column({ type: 'int', nullable: true, name: 'converted_opp_id' })
  convertedOpportunityId: number | null;

  @Column({ type: Date, nullable: true })
  convertedAt: Date | null;
}

/** Where new leads go: those matching a field value (or, with no match field, every lead) to a team. */
@Entity('lead_rules')
export class LeadRule extends BookkeepingEntity {
  @Column({ length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  matchField: 'source' | 'region' | 'industry' | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  matchValue: string | null;

  @Column()
  teamId: number;

  @Column({ default: 0 })
  priority: number;

  @Column({ default: true })
  isActive: boolean;

  /** The member who got the previous lead: round-robin continues after them. */
  @Column({ type: 'int', nullable: true })
  lastUserId: number | null;
}

/** A token a website form posts leads with; only its SHA-256 is kept. */
@Entity('api_tokens')
export class ApiToken extends BookkeepingEntity {
  @Column({ length: 100 })
  name: string;

  @Column({ length: 64 })
  tokenHash: string;

  /** The first characters, to recognise a token in the list. */
  @Column({ length: 12 })
  tokenHint: string;

  /** Leads that no rule assigns wait in this team's pool. */
  @Column()
  teamId: number;

  @Column({ default: true })
  isActive: boolean;

  @Column({ type: Date, nullable: true })
  lastUsedAt: Date | null;
}
