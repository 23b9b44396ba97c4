import { PageOf } from '../../common/pagination/page-of.js';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { EmailField, EnumField, IdField, IntField, StringListField, TextField } from '../../common/validation/validators.js';

export const LOCALES = ['en', 'zh-CN'] as const;
export const ACTIVE_FILTERS = ['active', 'inactive', 'all'] as const;

class UserFieldsDto {
  @EmailField({ nullable: true }) email?: string | null;
  @EnumField(LOCALES, 'Locale') locale?: (typeof LOCALES)[number];
}

export class CreateUserDto extends UserFieldsDto {
  @TextField(60, { required: true, description: 'Letters, digits, . _ -' })
  @Matches(/^[A-Za-z0-9._-]{2,60}$/, { message: 'must be 2-60 letters, digits, . _ -' })
  username: string;

  @TextField(100, { required: true }) displayName: string;
  @IdField({ required: true }) teamId: number;
  @StringListField(20, 40, { required: true, description: 'Role keys' }) roles: string[];

  /** Not trimmed: a password may begin or end with a space. */
  @ApiProperty({ description: 'At least 8 characters mixing three of: lower, upper, digits, symbols' })
  @Matches(/^[\s\S]{1,128}$/, { message: 'must be 1-128 characters' })
  password: string;
}

export class UpdateUserDto extends UserFieldsDto {
  @TextField(100) displayName?: string;
  @IdField({ description: 'Moving a user moves the team their records count for' }) teamId?: number;
  @StringListField(20, 40, { description: 'Role keys; replaces the current set' }) roles?: string[];
  @IntField({ required: true, min: 1 }) version: number;
}

export class ResetPasswordDto {
  @ApiProperty()
  @Matches(/^[\s\S]{1,128}$/, { message: 'must be 1-128 characters' })
  password: string;
}

export class TransferRecordsDto {
  @IdField({ required: true, description: 'The user who receives every record' }) toUserId: number;
}

export class UserListQueryDto extends ListQueryDto {
  @TextField(60, { description: 'Username, name or email, from the start' }) q?: string;
  @IdField() teamId?: number;
  @TextField(40) role?: string;
  @EnumField(ACTIVE_FILTERS, 'ActiveFilter', { description: 'Default active' }) status?: (typeof ACTIVE_FILTERS)[number];
}

export class UserDto {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty() team: { id: number; name: string };
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty() isActive: boolean;
  @ApiProperty({ description: 'Locked after failed logins' }) isLocked: boolean;
  @ApiProperty({ enum: LOCALES, enumName: 'Locale' }) locale: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class UserPageDto extends PageOf(UserDto) {}

export class TransferResultDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Records moved, by kind' })
  moved: Record<string, number>;
}
