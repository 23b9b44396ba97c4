import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'create' | 'update' | 'delete' | 'transfer' | 'archive' | 'restore' | 'import';

/** Append-only: nothing updates or deletes these rows. */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ length: 40 })
  entityType: string;

  @Column()
  entityId: number;

  @Column({ type: 'varchar', length: 20 })
  action: AuditAction;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: Date })
  occurredAt: Date;

  /** JSON object: field -> [before, after]. */
  @Column({ type: 'varchar', nullable: true })
  changes: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  requestId: string | null;
}
