import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import { ACTIONS, DATA_SCOPES, MODULES } from '../../common/access/permissions.js';
import type { Action, DataScope, ModuleKey } from '../../common/access/permissions.js';
import { DecimalField, EnumField, IntField, TextField } from '../../common/validation/validators.js';

export class GrantDto {
  @EnumField(MODULES, 'ModuleKey', { required: true })
  module: ModuleKey;

  @ApiProperty({ enum: ACTIONS, enumName: 'Action', isArray: true })
  @IsArray({ message: 'must be a list of actions' })
  @IsIn(ACTIONS as unknown as string[], { each: true, message: `must be among: ${ACTIONS.join(', ')}` })
  actions: Action[];

  @EnumField(DATA_SCOPES, 'DataScope', { required: true })
  scope: DataScope;
}

class RoleFieldsDto {
  @TextField(500, { nullable: true }) description?: string | null;

  @DecimalField(5, 2, {
    nullable: true,
    description: 'Largest line discount, percent, its holders quote without approval; null: no limit. A new role gets 0',
  })
  maxDiscountPercent?: string | null;

  @ApiProperty({ type: [GrantDto], required: false })
  @IsOptional()
  @IsArray({ message: 'must be a list of grants' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => GrantDto)
  grants?: GrantDto[];
}

export class CreateRoleDto extends RoleFieldsDto {
  @TextField(40, { required: true, description: 'lower_snake_case, stable' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'must be lower_snake_case: a-z, 0-9, _' })
  roleKey: string;

  @TextField(100, { required: true }) name: string;
}

export class UpdateRoleDto extends RoleFieldsDto {
  @TextField(100) name?: string;
  @IntField({ required: true, min: 1 }) version: number;
}

export class RoleDto {
  @ApiProperty() id: number;
  @ApiProperty() roleKey: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ description: 'Built-in roles cannot be deleted; the administrator role cannot be narrowed' })
  isSystem: boolean;
  @ApiProperty({ type: [GrantDto] }) grants: GrantDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Largest line discount quoted without approval, percent; null: no limit' })
  maxDiscountPercent: string | null;
  @ApiProperty({ description: 'Active users holding the role' }) userCount: number;
  @ApiProperty() version: number;
}

export class AccessVocabularyDto {
  @ApiProperty({ enum: MODULES, enumName: 'ModuleKey', isArray: true }) modules: ModuleKey[];
  @ApiProperty({ enum: ACTIONS, enumName: 'Action', isArray: true }) actions: Action[];
  @ApiProperty({ enum: DATA_SCOPES, enumName: 'DataScope', isArray: true }) scopes: DataScope[];
}
