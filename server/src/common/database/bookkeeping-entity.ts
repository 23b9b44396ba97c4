import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The id, timestamps, creator and optimistic-lock version that every editable row carries. */
export abstract class BookkeepingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ default: 1 })
  version: number;
}
