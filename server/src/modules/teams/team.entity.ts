import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type TeamKind = 'company' | 'department' | 'team' | 'subteam';

@Entity('teams')
export class Team {
  @PrimaryGeneratedColumn()
  id: number;

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

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ default: 1 })
  version: number;
}
