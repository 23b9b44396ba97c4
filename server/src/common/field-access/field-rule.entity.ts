import { BookkeepingEntity } from '../database/bookkeeping-entity.js';
import { Column, Entity } from 'typeorm';

/** Who may see and change one built-in field of a module (e.g. customers.creditLimit). */
@Entity('field_rules')
export class FieldRule extends BookkeepingEntity {
  @Column({ length: 40 })
  moduleKey: string;

  @Column({ length: 60 })
  fieldKey: string;

  /** Comma-separated role keys; empty means everyone who can read the record. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  visibleRoles: string | null;

  /** Comma-separated role keys; empty means everyone who can change the record. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  editableRoles: string | null;
}
