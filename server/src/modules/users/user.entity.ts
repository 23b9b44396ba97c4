import { BookkeepingEntity } from '../../common/database/bookkeeping-entity.js';
import { Column, Entity } from 'typeorm';

@Entity('users')
export class User extends BookkeepingEntity {
  @Column({ length: 60 })
  username: string;

  @Column({ length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ length: 200, select: false })
  passwordHash: string;

  @Column()
  teamId: number;

  @Column({ default: true })
  isActive: boolean;

  @Column({ default: 0 })
  failedLogins: number;

  @Column({ type: Date, nullable: true })
  lockedUntil: Date | null;

  @Column({ type: Date, nullable: true })
  passwordChangedAt: Date | null;

  @Column({ length: 10, default: 'en' })
  locale: string;
}
