import { Column, Entity } from 'typeorm';
import { ScopedEntity } from '../../common/database/scoped-entity.js';
import { PicklistField } from '../../common/picklists/picklist-field.decorator.js';

/** A call, visit, meeting, email or note, logged against a customer, contact or opportunity. */
@Entity('activities')
export class Activity extends ScopedEntity {
  @PicklistField('activity_type')
  @Column({ length: 40 })
  activityType: string;

  @Column({ length: 200 })
  subject: string;

  @Column({ type: 'varchar', nullable: true })
  content: string | null;

  @Column({ type: Date })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  outcome: string | null;

  @Column({ type: 'date', nullable: true })
  nextFollowUpOn: string | null;

  @Column({ type: 'int', nullable: true })
  customerId: number | null;

  @Column({ type: 'int', nullable: true })
  contactId: number | null;

  @Column({ type: 'int', nullable: true })
  opportunityId: number | null;

  /** A lead's follow-ups, before it becomes a customer; such an activity has no customer. */
  @Column({ type: 'int', nullable: true })
  leadId: number | null;
}
