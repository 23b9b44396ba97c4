import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

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

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ default: 1 })
  version: number;
}
