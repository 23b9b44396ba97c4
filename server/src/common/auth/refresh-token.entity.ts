import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One issued refresh token; only its SHA-256 is stored. Tokens of one login share a family. */
@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  userId: number;

  @Column({ length: 36 })
  familyId: string;

  @Column({ length: 64 })
  tokenHash: string;

  @Column({ type: Date })
  expiresAt: Date;

  @Column({ type: Date, nullable: true })
  usedAt: Date | null;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;

  @Column({ type: Date })
  createdAt: Date;
}
