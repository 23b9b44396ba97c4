import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Who may see and change one built-in field of a module (e.g. customers.creditLimit). */
@Entity('field_rules')
export class FieldRule {
  @PrimaryGeneratedColumn()
  id: number;

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

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ default: 1 })
  version: number;
}
