import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('roles')
export class Role {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ length: 40 })
  roleKey: string;

  @Column({ length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Column({ default: false })
  isSystem: boolean;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ default: 1 })
  version: number;
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
