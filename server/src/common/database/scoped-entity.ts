import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Columns every business record shares: the owner and the owner's team path that the access scope
 * filters on, and the bookkeeping the audit log and optimistic locking rely on.
 */
export abstract class ScopedEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  ownerId: number;

  /** The owner's team path, copied onto the row so "my team's records" is one indexed range. */
  @Column({ length: 120 })
  teamPath: string;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ default: 1 })
  version: number;
}
