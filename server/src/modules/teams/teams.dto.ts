import { ApiProperty } from '@nestjs/swagger';
import { EnumField, IdField, IntField, TextField } from '../../common/validation/validators.js';

export const TEAM_KINDS = ['company', 'department', 'team', 'subteam'] as const;

export class CreateTeamDto {
  @TextField(100, { required: true }) name: string;
  @EnumField(TEAM_KINDS, 'TeamKind', { required: true }) teamKind: (typeof TEAM_KINDS)[number];
  @IdField({ required: true }) parentId: number;
  @IdField({ nullable: true }) managerId?: number | null;
}

export class UpdateTeamDto {
  @TextField(100) name?: string;
  @EnumField(TEAM_KINDS, 'TeamKind') teamKind?: (typeof TEAM_KINDS)[number];
  @IdField({ nullable: true }) managerId?: number | null;
  @IntField({ required: true, min: 1 }) version: number;
}

export class MoveTeamDto {
  @IdField({ required: true, description: 'The new parent team' }) parentId: number;
  @IntField({ required: true, min: 1 }) version: number;
}

export class TeamDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: TEAM_KINDS, enumName: 'TeamKind' }) teamKind: string;
  @ApiProperty({ nullable: true, type: Number }) parentId: number | null;
  @ApiProperty({ nullable: true, type: Number }) managerId: number | null;
  @ApiProperty({ description: 'Active members' }) memberCount: number;
  @ApiProperty() version: number;
}
