import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { BoolField, IntField, TextField } from '../validation/validators.js';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const OPTION_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

export class CreatePicklistDto {
  @TextField(40, { required: true, description: 'lower_snake_case, stable' })
  @Matches(KEY, { message: 'must be lower_snake_case: a-z, 0-9, _' })
  picklistKey: string;

  @TextField(100, { required: true }) labelEn: string;
  @TextField(100, { required: true }) labelZh: string;
}

class OptionFieldsDto {
  @IntField({ min: 0, max: 100000 }) sortOrder?: number;

  @TextField(20, { nullable: true, description: 'CSS colour, e.g. #d4380d' })
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour like #1677ff' })
  color?: string | null;
}

export class CreateOptionDto extends OptionFieldsDto {
  @TextField(40, { required: true, description: 'Stored on records; never changes' })
  @Matches(OPTION_KEY, { message: 'must be letters, digits, _ . - (at most 40)' })
  optionKey: string;

  @TextField(100, { required: true }) labelEn: string;
  @TextField(100, { required: true }) labelZh: string;
}

export class UpdateOptionDto extends OptionFieldsDto {
  @TextField(100) labelEn?: string;
  @TextField(100) labelZh?: string;
  @BoolField({ description: 'Inactive options stay on records but cannot be chosen' }) isActive?: boolean;
  @IntField({ required: true, min: 1 }) version: number;
}

export class PicklistOptionDto {
  @ApiProperty() id: number;
  @ApiProperty() key: string;
  @ApiProperty() labelEn: string;
  @ApiProperty() labelZh: string;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ nullable: true, type: String }) color: string | null;
  @ApiProperty() isActive: boolean;
  @ApiProperty() version: number;
}

export class PicklistDto {
  @ApiProperty() key: string;
  @ApiProperty() labelEn: string;
  @ApiProperty() labelZh: string;
  @ApiProperty() isSystem: boolean;
  @ApiProperty({ type: [PicklistOptionDto], description: 'Ordered; inactive ones included, flagged' })
  options: PicklistOptionDto[];
}
