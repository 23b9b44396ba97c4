import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, Matches } from 'class-validator';
import { BoolField, EnumField, IntField, KeyField, StringListField, TextField } from '../validation/validators.js';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from './custom-field.entity.js';

/** Entities that accept custom fields; later modules add theirs. */
export const CUSTOM_FIELD_ENTITIES = ['customers', 'contacts', 'leads', 'products', 'opportunities', 'activities', 'quotes'] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];

class CustomFieldCommonDto {
  @BoolField() required?: boolean;

  @ApiPropertyOptional({ description: 'A value of the field’s type, used when a record is created without one' })
  @Allow()
  defaultValue?: unknown;

  @TextField(300, { nullable: true }) helpEn?: string | null;
  @TextField(300, { nullable: true }) helpZh?: string | null;

  @StringListField(20, 40, { nullable: true, description: 'Role keys that see the field; empty: everyone' })
  visibleRoles?: string[] | null;

  @StringListField(20, 40, { nullable: true, description: 'Role keys that may change it; empty: everyone who may change the record' })
  editableRoles?: string[] | null;

  @IntField({ min: 0, max: 100000 }) sortOrder?: number;
}

export class CreateCustomFieldDto extends CustomFieldCommonDto {
  @EnumField(CUSTOM_FIELD_ENTITIES, 'CustomFieldEntity', { required: true })
  entity: CustomFieldEntity;

  @TextField(40, { required: true, description: 'lower_snake_case; the key in records’ customFields' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'must be lower_snake_case: a-z, 0-9, _' })
  fieldKey: string;

  @TextField(100, { required: true }) labelEn: string;
  @TextField(100, { required: true }) labelZh: string;

  @EnumField(CUSTOM_FIELD_TYPES, 'CustomFieldType', { required: true })
  fieldType: CustomFieldType;

  @KeyField({ description: 'For picklist and multiPicklist fields' })
  picklistKey?: string;

  @IntField({ min: 0, max: 6, description: 'Digits after the point, for decimal fields (default 2)' })
  decimalScale?: number;
}

export class UpdateCustomFieldDto extends CustomFieldCommonDto {
  @TextField(100) labelEn?: string;
  @TextField(100) labelZh?: string;

  @BoolField({ description: 'Inactive fields keep their values but are hidden and not validated' })
  isActive?: boolean;

  @IntField({ required: true, min: 1 }) version: number;
}

export class CustomFieldDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: CUSTOM_FIELD_ENTITIES, enumName: 'CustomFieldEntity' }) entity: string;
  @ApiProperty() fieldKey: string;
  @ApiProperty() labelEn: string;
  @ApiProperty() labelZh: string;
  @ApiProperty({ enum: CUSTOM_FIELD_TYPES, enumName: 'CustomFieldType' }) fieldType: CustomFieldType;
  @ApiProperty() required: boolean;
  @ApiProperty({ nullable: true, description: 'A value of the field’s type' }) defaultValue: unknown;
  @ApiProperty({ nullable: true, type: String }) helpEn: string | null;
  @ApiProperty({ nullable: true, type: String }) helpZh: string | null;
  @ApiProperty({ nullable: true, type: String }) picklistKey: string | null;
  @ApiProperty({ nullable: true, type: Number }) decimalScale: number | null;
  @ApiProperty({ type: [String] }) visibleRoles: string[];
  @ApiProperty({ type: [String] }) editableRoles: string[];
  @ApiProperty() sortOrder: number;
  @ApiProperty() isActive: boolean;
  @ApiProperty({ description: 'Whether the current user may change it' }) editable: boolean;
  @ApiProperty({ description: 'Whether lists can filter and sort on it' }) filterable: boolean;
  @ApiProperty() version: number;
}

export class CustomFieldQueryDto {
  @EnumField(CUSTOM_FIELD_ENTITIES, 'CustomFieldEntity') entity?: CustomFieldEntity;
}
