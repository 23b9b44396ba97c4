import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { TextField } from '../validation/validators.js';

/** Like a required TextField but never trimmed: spaces are part of a password. */
const PasswordField = (maxLength: number) =>
  applyDecorators(
    ApiProperty({ type: String, maxLength }),
    IsString(),
    MinLength(1, { message: 'must not be empty' }),
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` }),
  );

export class LoginDto {
  @TextField(60, { required: true })
  username: string;

  @PasswordField(128)
  password: string;
}

export class RefreshDto {
  @TextField(200, { required: true })
  refreshToken: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ description: 'Access token lifetime in seconds' }) expiresIn: number;
  @ApiProperty() tokenType: 'Bearer';
}

export class PermissionRuleDto {
  @ApiProperty({ description: 'read, create, update, delete, export or assign' }) action: string;
  @ApiProperty({ description: 'Module key' }) subject: string;
  @ApiProperty({ required: false, type: Object, description: 'Row conditions (CASL/Mongo syntax) on ownerId and teamPath' })
  conditions?: Record<string, unknown>;
}

export class ModuleGrantDto {
  @ApiProperty() module: string;
  @ApiProperty({ type: [String] }) actions: string[];
  @ApiProperty({ enum: ['own', 'team', 'all'], enumName: 'DataScope' }) scope: string;
}

export class MeDto {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() locale: string;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty() team: { id: number; name: string; path: string };
  @ApiProperty({ type: [PermissionRuleDto], description: 'CASL rules; the client builds the same ability' })
  rules: PermissionRuleDto[];
  @ApiProperty({ type: [ModuleGrantDto] }) grants: ModuleGrantDto[];
}
