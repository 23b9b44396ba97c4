import { BookkeepingEntity } from '../database/bookkeeping-entity.js';
import { Column, Entity } from 'typeorm';

@Entity('picklists')
export class Picklist extends BookkeepingEntity {
  @Column({ length: 40 })
  picklistKey: string;

  @Column({ length: 100 })
  labelEn: string;

  @Column({ length: 100 })
  labelZh: string;

  /** Built-in sets (industry, level, ...) cannot be deleted. */
  @Column({ default: false })
  isSystem: boolean;
}

/** One value of a picklist. Records store optionKey, so relabelling never rewrites data. */
@Entity('picklist_options')
export class PicklistOption extends BookkeepingEntity {
  @Column({ length: 40 })
  picklistKey: string;

  @Column({ length: 40 })
  optionKey: string;

  @Column({ length: 100 })
  labelEn: string;

  @Column({ length: 100 })
  labelZh: string;

  @Column({ default: 0 })
  sortOrder: number;

  @Column({ type: 'varchar', length: 20, nullable: true })
  color: string | null;

  @Column({ default: true })
  isActive: boolean;
}
