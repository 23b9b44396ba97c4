import { BookkeepingEntity } from '../../common/database/bookkeeping-entity.js';
import { Column, Entity } from 'typeorm';

export type TeamKind = 'company' | 'department' | 'team' | 'subteam';

@Entity('teams')
export class Team extends BookkeepingEntity {
  @Column({ length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  teamKind: TeamKind;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  /** Ancestor ids, six digits each, root first: a subtree is one string range. */
  @Column({ length: 120 })
  teamPath: string;

  @Column({ type: 'int', nullable: true })
  managerId: number | null;
}
