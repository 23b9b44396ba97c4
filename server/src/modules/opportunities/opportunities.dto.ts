import { PageOf } from '../../common/pagination/page-of.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, ValidateNested } from 'class-validator';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import {
  CustomFieldsInput,
  DateField,
  DecimalField,
  EnumField,
  IdField,
  IntField,
  KeyField,
  TextField,
} from '../../common/validation/validators.js';

export const STAGE_TYPES = ['open', 'won', 'lost'] as const;
export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;

export class StageInputDto {
  @IdField({ description: 'An existing stage to keep; left out for a new one' }) id?: number;
  @TextField(100, { required: true }) nameEn: string;
  @TextField(100, { required: true }) nameZh: string;
  @IntField({ required: true, min: 0, max: 100, description: 'Default win probability, percent' }) probability: number;
  @EnumField(STAGE_TYPES, 'StageType', { required: true }) stageType: (typeof STAGE_TYPES)[number];
}

export class PipelineInputDto {
  @TextField(100, { required: true }) nameEn: string;
  @TextField(100, { required: true }) nameZh: string;

  @ApiProperty({ type: [StageInputDto], description: 'In order; at least one open, one won and one lost stage' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => StageInputDto)
  stages: StageInputDto[];
}

export class StageDto {
  @ApiProperty() id: number;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() probability: number;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ enum: STAGE_TYPES, enumName: 'StageType' }) stageType: string;
}

export class PipelineDto {
  @ApiProperty() id: number;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() isDefault: boolean;
  @ApiProperty({ type: [StageDto] }) stages: StageDto[];
  @ApiProperty() version: number;
}

export class LineInputDto {
  @IdField({ required: true }) productId: number;
  @DecimalField(14, 4, { required: true }) quantity: string;
  @DecimalField(16, 2, { description: 'Default: the customer’s effective price' }) unitPrice?: string;
  @DecimalField(5, 2, { description: 'Percent, 0-100' }) discountPercent?: string;
}

class OpportunityFieldsDto {
  @DecimalField(16, 2, { description: 'Used when there are no lines; with lines it is their sum' }) amount?: string;
  @DateField({ nullable: true }) expectedCloseDate?: string | null;
  @IntField({ min: 0, max: 100, description: 'Default: the stage’s probability' }) probability?: number;
  @TextField(500, { nullable: true }) competitors?: string | null;
  @TextField(4000, { nullable: true }) notes?: string | null;

  @ApiPropertyOptional({ type: [Number], description: 'Contacts of the customer involved' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  contactIds?: number[];

  @ApiPropertyOptional({ type: [LineInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LineInputDto)
  lines?: LineInputDto[];

  @CustomFieldsInput() customFields?: Record<string, unknown>;
}

export class CreateOpportunityDto extends OpportunityFieldsDto {
  @TextField(200, { required: true }) name: string;
  @IdField({ required: true }) customerId: number;
  @IdField({ description: 'Default: the default pipeline' }) pipelineId?: number;
  @IdField({ description: 'Default: the pipeline’s first stage' }) stageId?: number;
}

export class UpdateOpportunityDto extends OpportunityFieldsDto {
  @TextField(200) name?: string;
  @IntField({ required: true, min: 1 }) version: number;
}

export class MoveStageDto {
  @IdField({ required: true }) stageId: number;
  @IntField({ required: true, min: 1 }) version: number;
  @KeyField({ description: 'Required when moving to a lost stage (lost_reason picklist)' }) lostReason?: string;
  @TextField(500) closeNote?: string;
}

export class OpportunityListQueryDto extends ListQueryDto {
  @TextField(100, { description: 'Name contains' }) q?: string;
  @IdField() customerId?: number;
  @IdField() pipelineId?: number;
  @IdField() stageId?: number;
  @EnumField(OPPORTUNITY_STATUSES, 'OpportunityStatus') status?: (typeof OPPORTUNITY_STATUSES)[number];
  @IdField() ownerId?: number;
  @DateField({ description: 'Expected close on or after' }) closeFrom?: string;
  @DateField({ description: 'Expected close on or before' }) closeTo?: string;
}

export class BoardQueryDto {
  @IdField({ description: 'Default: the default pipeline' }) pipelineId?: number;
  @IdField() ownerId?: number;
  @IntField({ min: 1, max: 200, description: 'Cards per column, default 50' }) perStage?: number;
}

export class LineDto {
  @ApiProperty() productId: number;
  @ApiProperty() productCode: string;
  @ApiProperty() productName: string;
  @ApiProperty() quantity: string;
  @ApiProperty() unitPrice: string;
  @ApiProperty() discountPercent: string;
  @ApiProperty() lineTotal: string;
}

export class StageChangeDto {
  @ApiProperty({ nullable: true, type: Number }) fromStageId: number | null;
  @ApiProperty() toStageId: number;
  @ApiProperty() changedAt: Date;
  @ApiProperty({ nullable: true, type: Number }) changedBy: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Time spent in the stage it left' }) secondsInStage: number | null;
}

export class OpportunityDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() customer: { id: number; name: string };
  @ApiProperty() pipelineId: number;
  @ApiProperty() stageId: number;
  @ApiProperty({ enum: OPPORTUNITY_STATUSES, enumName: 'OpportunityStatus' }) status: string;
  @ApiProperty({ description: 'Exact decimal' }) amount: string;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: String }) expectedCloseDate: string | null;
  @ApiProperty() probability: number;
  @ApiProperty({ nullable: true, type: String }) competitors: string | null;
  @ApiProperty({ nullable: true, type: String }) lostReason: string | null;
  @ApiProperty({ nullable: true, type: String }) closeNote: string | null;
  @ApiProperty({ nullable: true, type: Date }) closedAt: Date | null;
  @ApiProperty() stageEnteredAt: Date;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true }) owner: { id: number; displayName: string } | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) customFields: Record<string, unknown>;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class OpportunityDetailDto extends OpportunityDto {
  @ApiProperty({ type: [LineDto] }) lines: LineDto[];
  @ApiProperty({ type: [Number] }) contactIds: number[];
  @ApiProperty({ type: [StageChangeDto] }) stageHistory: StageChangeDto[];
}

export class OpportunityPageDto extends PageOf(OpportunityDto) {}

export class BoardColumnDto {
  @ApiProperty({ type: StageDto }) stage: StageDto;
  @ApiProperty({ description: 'Opportunities in the stage (in scope)' }) count: number;
  @ApiProperty({ description: 'Their amounts summed, exact decimal' }) totalAmount: string;
  @ApiProperty({ type: [OpportunityDto], description: 'The most recently moved first' }) cards: OpportunityDto[];
}

export class BoardDto {
  @ApiProperty({ type: PipelineDto }) pipeline: PipelineDto;
  @ApiProperty({ type: [BoardColumnDto] }) columns: BoardColumnDto[];
}
