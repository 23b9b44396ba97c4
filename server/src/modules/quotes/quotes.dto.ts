import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { PageOf } from '../../common/pagination/page-of.js';
import { CustomFieldsInput, DateField, DecimalField, EnumField, IdField, IntField, TextField } from '../../common/validation/validators.js';
import { QUOTE_STATUSES } from './quote.entity.js';
import type { QuoteStatus } from './quote.entity.js';

export class QuoteLineInputDto {
  @IdField({ required: true }) productId: number;
  @TextField(500, { nullable: true, description: 'Default: the product’s specification' }) description?: string | null;
  @DecimalField(14, 4, { required: true }) quantity: string;
  @DecimalField(16, 2, { description: 'Default: the customer’s effective price on the day' }) unitPrice?: string;
  @DecimalField(5, 2, { description: 'Percent, 0-100; above the author’s limit the quote needs approval' }) discountPercent?: string;
  @DecimalField(5, 2, { description: 'Percent; default: the product’s tax rate' }) taxRate?: string;
}

class QuoteFieldsDto {
  @IdField({ nullable: true, description: 'A contact of the customer' }) contactId?: number | null;
  @DateField({ nullable: true }) validUntil?: string | null;
  @TextField(8000, { nullable: true }) terms?: string | null;
  @TextField(4000, { nullable: true }) notes?: string | null;

  @ApiPropertyOptional({ type: [QuoteLineInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuoteLineInputDto)
  lines?: QuoteLineInputDto[];

  @CustomFieldsInput() customFields?: Record<string, unknown>;
}

export class CreateQuoteDto extends QuoteFieldsDto {
  @TextField(200, { required: true }) title: string;
  @IdField({ description: 'Required unless opportunityId is given' }) customerId?: number;
  @IdField({ description: 'Quote for an opportunity: its customer, and its lines when none are given' }) opportunityId?: number;
}

export class UpdateQuoteDto extends QuoteFieldsDto {
  @TextField(200) title?: string;
  @IntField({ required: true, min: 1 }) version: number;
}

export class QuoteActionDto {
  @IntField({ required: true, min: 1 }) version: number;
}

export class ApprovalDecisionDto extends QuoteActionDto {
  @TextField(1000, { description: 'Required when rejecting' }) comment?: string;
}

export class PrintQueryDto {
  @EnumField(['en', 'zh-CN'] as const, 'PrintLocale', { description: 'Language of the printed quote; default: the user’s' }) locale?: 'en' | 'zh-CN';
}

export class QuoteListQueryDto extends ListQueryDto {
  @TextField(100, { description: 'Title or quote number contains' }) q?: string;
  @EnumField(QUOTE_STATUSES, 'QuoteStatus') status?: QuoteStatus;
  @IdField() customerId?: number;
  @IdField() opportunityId?: number;
  @IdField() ownerId?: number;
}

export class NamedRefDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export class QuoteLineDto {
  @ApiProperty() productId: number;
  @ApiProperty() productCode: string;
  @ApiProperty() productName: string;
  @ApiProperty() unit: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() quantity: string;
  @ApiProperty() unitPrice: string;
  @ApiProperty() discountPercent: string;
  @ApiProperty() taxRate: string;
  @ApiProperty({ description: 'quantity x unit price, to the cent' }) grossAmount: string;
  @ApiProperty() discountAmount: string;
  @ApiProperty() taxAmount: string;
  @ApiProperty() lineTotal: string;
}

export class QuoteApprovalDto {
  @ApiProperty() id: number;
  @ApiProperty({ type: NamedRefDto }) approver: NamedRefDto;
  @ApiProperty({ enum: ['approved', 'rejected'], nullable: true, type: String }) decision: string | null;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty() requestedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
}

export class QuoteRevisionDto {
  @ApiProperty() id: number;
  @ApiProperty() revision: number;
  @ApiProperty({ enum: QUOTE_STATUSES, enumName: 'QuoteStatus' }) status: string;
  @ApiProperty() total: string;
  @ApiProperty() createdAt: Date;
}

export class QuoteDto {
  @ApiProperty() id: number;
  @ApiProperty() quoteNumber: string;
  @ApiProperty() revision: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: NamedRefDto }) customer: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, nullable: true }) opportunity: NamedRefDto | null;
  @ApiProperty({ nullable: true, type: Number }) contactId: number | null;
  @ApiProperty({ enum: QUOTE_STATUSES, enumName: 'QuoteStatus' }) status: QuoteStatus;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: String }) validUntil: string | null;
  @ApiProperty({ description: 'Sum of the lines’ gross amounts' }) subtotal: string;
  @ApiProperty() discountTotal: string;
  @ApiProperty() taxTotal: string;
  @ApiProperty({ description: 'Sum of the line totals: what the customer pays' }) total: string;
  @ApiProperty({ description: 'The largest line discount, percent' }) maxDiscountPercent: string;
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'Who must decide while the quote waits for approval' })
  approver: NamedRefDto | null;
  @ApiProperty({ nullable: true, type: String }) terms: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: Date }) sentAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number }) supersededById: number | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) owner: NamedRefDto | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) customFields: Record<string, unknown>;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class QuoteDetailDto extends QuoteDto {
  @ApiProperty({ type: [QuoteLineDto] }) lines: QuoteLineDto[];
  @ApiProperty({ type: [QuoteApprovalDto] }) approvals: QuoteApprovalDto[];
  @ApiProperty({ type: [QuoteRevisionDto], description: 'Every revision of the quote number, oldest first' }) revisions: QuoteRevisionDto[];
  @ApiProperty({ nullable: true, type: String, description: 'The author’s discount limit, percent; null: no limit' }) discountLimit: string | null;
  @ApiProperty({ description: 'Whether sending needs an approval first' }) needsApproval: boolean;
}

export class QuotePageDto extends PageOf(QuoteDto) {}
