import { ApiProperty } from '@nestjs/swagger';
import { IdField } from '../validation/validators.js';
import type { AuditView } from './audit.service.js';

/** Paging of a record's history, newest first. */
export class HistoryQueryDto {
  @IdField({ description: 'Entries older than this entry id' })
  beforeId?: number;
}

export class AuditEntryDto implements AuditView {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['create', 'update', 'delete', 'transfer', 'archive', 'restore', 'import'], enumName: 'AuditAction' })
  action: AuditView['action'];
  @ApiProperty({ nullable: true, type: Number }) actorId: number | null;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ type: Object, description: 'field -> [before, after]' }) changes: Record<string, [unknown, unknown]>;
}
