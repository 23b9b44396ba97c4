import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { IdField, IntField, KeyField } from '../../common/validation/validators.js';

export class PoolRuleDto {
  @IdField({ nullable: true, description: 'The team (with its sub-teams); empty: every team' }) teamId?: number | null;
  @KeyField({ nullable: true, description: 'customer_level key; empty: every level' }) customerLevel?: string | null;
  @IntField({ required: true, min: 1, max: 3650, description: 'Days without a follow-up before the customer returns to the pool' }) idleDays: number;
}

export class PoolSettingsDto {
  @IntField({ required: true, min: 1, max: 100000, description: 'Most active customers one salesperson may hold; claims beyond it are refused' })
  maxPerPerson: number;

  @IntField({ required: true, min: 0, max: 365, description: 'Days before someone may claim again a customer they released' })
  cooldownDays: number;

  @ApiProperty({ type: [PoolRuleDto], description: 'The most specific matching rule applies (team, then level)' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PoolRuleDto)
  rules: PoolRuleDto[];
}

export class PoolBucketDto {
  @ApiProperty({ nullable: true, type: String }) key: string | null;
  @ApiProperty() count: number;
}

export class PoolStatsDto {
  @ApiProperty({ description: 'Customers waiting in pools the user can see' }) inPool: number;
  @ApiProperty({ type: [PoolBucketDto], description: 'By team name' }) byTeam: PoolBucketDto[];
  @ApiProperty({ type: [PoolBucketDto], description: 'By customer level' }) byLevel: PoolBucketDto[];
  @ApiProperty({ description: 'Released into those pools in the last 30 days' }) releasedLast30Days: number;
  @ApiProperty({ description: 'Claimed from a pool in the last 30 days, by customers in scope' }) claimedLast30Days: number;
}

export class SweepResultDto {
  @ApiProperty({ description: 'Customers returned to the pool' }) released: number;
}
