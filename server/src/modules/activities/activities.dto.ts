import { PageOf } from '../../common/pagination/page-of.js';
import { ApiProperty } from '@nestjs/swagger';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { CustomFieldsInput, DateField, DateTimeField, IdField, IntField, KeyField, TextField } from '../../common/validation/validators.js';

class ActivityFieldsDto {
  @TextField(10000, { nullable: true }) content?: string | null;
  @TextField(500, { nullable: true }) outcome?: string | null;
  @DateField({ nullable: true, description: 'When to follow up next' }) nextFollowUpOn?: string | null;
  @CustomFieldsInput() customFields?: Record<string, unknown>;
}

export class CreateActivityDto extends ActivityFieldsDto {
  @KeyField({ required: true, description: 'activity_type picklist key: call, visit, meeting, email, note' }) activityType: string;
  @TextField(200, { required: true }) subject: string;
  @DateTimeField({ description: 'Default: now' }) occurredAt?: string;
  @IdField({ description: 'A lead, or at least one of customer, contact or opportunity' }) customerId?: number;
  @IdField() contactId?: number;
  @IdField() opportunityId?: number;
  @IdField({ description: 'A lead’s follow-up; not combined with a customer, contact or opportunity' }) leadId?: number;
}

export class UpdateActivityDto extends ActivityFieldsDto {
  @KeyField() activityType?: string;
  @TextField(200) subject?: string;
  @DateTimeField() occurredAt?: string;
  @IntField({ required: true, min: 1 }) version: number;
}

export class ActivityListQueryDto extends ListQueryDto {
  @IdField() customerId?: number;
  @IdField() contactId?: number;
  @IdField() opportunityId?: number;
  @IdField() leadId?: number;
  @KeyField() activityType?: string;
  @IdField() ownerId?: number;
  @DateField({ description: 'Occurred on or after this day (UTC)' }) from?: string;
  @DateField({ description: 'Occurred on or before this day (UTC)' }) to?: string;
  @DateField({ description: 'Next follow-up on or before this day: what is due' }) followUpDueBy?: string;
}

export class ActivityDto {
  @ApiProperty() id: number;
  @ApiProperty() activityType: string;
  @ApiProperty() subject: string;
  @ApiProperty({ nullable: true, type: String }) content: string | null;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ nullable: true, type: String }) outcome: string | null;
  @ApiProperty({ nullable: true, type: String }) nextFollowUpOn: string | null;
  @ApiProperty({ nullable: true, type: Number }) customerId: number | null;
  @ApiProperty({ nullable: true, type: Number }) contactId: number | null;
  @ApiProperty({ nullable: true, type: Number }) opportunityId: number | null;
  @ApiProperty({ nullable: true, type: Number }) leadId: number | null;
  @ApiProperty({ nullable: true, type: Number }) ownerId: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) customFields: Record<string, unknown>;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class ActivityPageDto extends PageOf(ActivityDto) {}

export const TIMELINE_KINDS = ['activity', 'opportunity', 'stage', 'audit'] as const;

export class TimelineQueryDto {
  @TextField(200, { description: 'nextCursor of the previous page' }) cursor?: string;
  @IntField({ min: 1, max: 100, description: 'Entries per page, default 20' }) limit?: number;
}

export class TimelineEntryDto {
  @ApiProperty({ enum: TIMELINE_KINDS, enumName: 'TimelineKind' }) kind: (typeof TIMELINE_KINDS)[number];
  @ApiProperty() id: number;
  @ApiProperty() at: Date;
  @ApiProperty({ description: 'Subject, opportunity name, stage move or audit action' }) title: string;
  @ApiProperty({ nullable: true, type: Number }) actorId: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Kind-specific details' }) details: Record<string, unknown>;
}

export class TimelineDto {
  @ApiProperty({ type: [TimelineEntryDto] }) items: TimelineEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
