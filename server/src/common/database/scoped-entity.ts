import { Column } from 'typeorm';
import { BookkeepingEntity } from './bookkeeping-entity.js';

/**
 * Every business record: the owner and the owner's team path that the access scope filters on,
 * besides the bookkeeping the audit log and optimistic locking rely on.
 */
/** What the access scope reads on a row; records waiting in a pool have no owner. */
export interface ScopedRow {
  id: number;
  version: number;
  ownerId: number | null;
  teamPath: string;
}

export abstract class ScopedEntity extends BookkeepingEntity {
  /** Null only where the table allows a pool (customers, leads): the row waits for a new owner. */
  @Column({ type: 'int', nullable: true })
  ownerId: number | null;

  /** The owner's team path, copied onto the row so "my team's records" is one indexed range. */
  @Column({ length: 120 })
  teamPath: string;
}
