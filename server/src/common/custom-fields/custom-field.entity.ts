import { BookkeepingEntity } from '../database/bookkeeping-entity.js';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CUSTOM_FIELD_TYPES = [
  'text',
  'longText',
  'number',
  'decimal',
  'date',
  'boolean',
  'picklist',
  'multiPicklist',
  'user',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** An administrator-defined field of one entity (module). */
@Entity('custom_fields')
export class CustomFieldDefinition extends BookkeepingEntity {
  @Column({ length: 40 })
  entityKey: string;

  @Column({ length: 40 })
  fieldKey: string;

  @Column({ length: 100 })
  labelEn: string;

  @Column({ length: 100 })
  labelZh: string;

  @Column({ type: 'varchar', length: 20 })
  fieldType: CustomFieldType;

  @Column({ default: false })
  isRequired: boolean;

  /** In the same form the API takes the value, JSON-encoded. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  defaultValue: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  helpEn: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  helpZh: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  picklistKey: string | null;

  @Column({ type: 'int', nullable: true })
  decimalScale: number | null;

  /** Comma-separated role keys; empty means everyone who can read the record. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  visibleRoles: string | null;

  /** Comma-separated role keys; empty means everyone who can change the record. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  editableRoles: string | null;

  @Column({ default: 0 })
  sortOrder: number;

  @Column({ default: true })
  isActive: boolean;
}

/**
 * One stored value. Each type uses one typed column, so filters and sorts run on an index
 * (field_id, value_*, record_id). A multi-picklist value is several rows.
 */
@Entity('custom_field_values')
export class CustomFieldValue {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  fieldId: number;

  @Column()
  recordId: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  valueText: string | null;

  @Column({ type: 'decimal', precision: 24, scale: 6, nullable: true, transformer: { to: (v) => v, from: (v) => (v == null ? null : String(v)) } })
  valueNum: string | null;

  @Column({ type: 'date', nullable: true })
  valueDate: string | null;

  @Column({ type: 'varchar', nullable: true })
  valueLong: string | null;
}
