import { BookkeepingEntity } from '../../common/database/bookkeeping-entity.js';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('roles')
export class Role extends BookkeepingEntity {
  @Column({ length: 40 })
  roleKey: string;

  @Column({ length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Column({ default: false })
  isSystem: boolean;

  /** The largest line discount, percent, quoted without approval; null: no limit. */
  @Column({ type: 'decimal', precision: 5, scale: 2, nullable: true, transformer: { to: (v: unknown) => v, from: (v: unknown) => (v == null ? null : String(v)) } })
  maxDiscountPercent: string | null;
}

/** What one role may do in one module, and over which rows. */
@Entity('role_grants')
export class RoleGrant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  roleId: number;

  @Column({ length: 40 })
  moduleKey: string;

  /** Comma-separated actions: read,create,update,delete,export,assign. */
  @Column({ length: 200 })
  actions: string;

  @Column({ length: 10 })
  dataScope: string;
}

@Entity('user_roles')
export class UserRole {
  @PrimaryColumn()
  userId: number;

  @PrimaryColumn()
  roleId: number;
}
