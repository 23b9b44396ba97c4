import { Column, Entity } from 'typeorm';
import { ScopedEntity } from '../../common/database/scoped-entity.js';
import { PicklistField } from '../../common/picklists/picklist-field.decorator.js';

/** A contact inherits its customer's owner and team path, so it is visible exactly where its customer is. */
@Entity('contacts')
export class Contact extends ScopedEntity {
  @Column()
  customerId: number;

  @Column({ length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  title: string | null;

  @PicklistField('contact_role')
  @Column({ type: 'varchar', length: 40, nullable: true })
  contactRole: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  mobile: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'date', nullable: true })
  birthday: string | null;

  @Column({ default: false })
  isPrimary: boolean;

  @Column({ type: 'varchar', nullable: true })
  notes: string | null;
}
