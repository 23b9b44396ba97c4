import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('app_settings')
export class AppSetting {
  @PrimaryColumn({ length: 60 })
  settingKey: string;

  @Column({ type: 'varchar' })
  settingValue: string;
}
