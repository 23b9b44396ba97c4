import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { PageOf } from '../../common/pagination/page-of.js';
import { DateField, DecimalField, EnumField, IdField, IntField, TextField } from '../../common/validation/validators.js';
import { NamedRefDto } from '../quotes/quotes.dto.js';
import { INVOICE_STATUSES } from './invoice.entity.js';
import type { InvoiceStatus } from './invoice.entity.js';

export class InvoiceLineInputDto {
  @IdField() productId?: number;
  @TextField(500, { required: true }) description: string;
  @DecimalField(14, 4, { required: true }) quantity: string;
  @DecimalField(16, 2, { required: true }) unitPrice: string;
  @DecimalField(5, 2, { description: 'Percent, 0-100' }) discountPercent?: string;
  @DecimalField(5, 2, { required: true, description: 'Percent' }) taxRate: string;
}

export class CreateInvoiceDto {
  @IdField({ description: 'Invoice an order: by default all of its lines' }) orderId?: number;
  @IdField({ description: 'Invoice a contract (give the lines: e.g. one instalment)' }) contractId?: number;
  @TextField(1000) notes?: string;

  @ApiPropertyOptional({ type: [InvoiceLineInputDto], description: 'A partial invoice; default: every line of the order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => InvoiceLineInputDto)
  lines?: InvoiceLineInputDto[];
}

export class IssueInvoiceDto {
  @IntField({ required: true, min: 1 }) version: number;
  @DateField({ description: 'Default today' }) issuedOn?: string;
}

export class VoidInvoiceDto {
  @IntField({ required: true, min: 1 }) version: number;
  @TextField(500, { required: true }) reason: string;
}

export class InvoiceListQueryDto extends ListQueryDto {
  @TextField(100, { description: 'Invoice number contains' }) q?: string;
  @EnumField(INVOICE_STATUSES, 'InvoiceStatus') status?: InvoiceStatus;
  @IdField() customerId?: number;
  @IdField() orderId?: number;
  @IdField() contractId?: number;
}

export class InvoiceLineDto {
  @ApiProperty({ nullable: true, type: Number }) productId: number | null;
  @ApiProperty() description: string;
  @ApiProperty() quantity: string;
  @ApiProperty() unitPrice: string;
  @ApiProperty() discountPercent: string;
  @ApiProperty() taxRate: string;
  @ApiProperty() grossAmount: string;
  @ApiProperty() discountAmount: string;
  @ApiProperty() taxAmount: string;
  @ApiProperty() lineTotal: string;
}

export class InvoiceDto {
  @ApiProperty() id: number;
  @ApiProperty({ nullable: true, type: String, description: 'INV-<year>-<n>, given when issued' }) invoiceNumber: string | null;
  @ApiProperty({ type: NamedRefDto }) customer: NamedRefDto;
  @ApiProperty({ nullable: true, type: Number }) orderId: number | null;
  @ApiProperty({ nullable: true, type: Number }) contractId: number | null;
  @ApiProperty({ enum: INVOICE_STATUSES, enumName: 'InvoiceStatus' }) status: InvoiceStatus;
  @ApiProperty({ nullable: true, type: String }) issuedOn: string | null;
  @ApiProperty() currency: string;
  @ApiProperty() subtotal: string;
  @ApiProperty() discountTotal: string;
  @ApiProperty() taxTotal: string;
  @ApiProperty() total: string;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: String }) voidReason: string | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) owner: NamedRefDto | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class InvoiceDetailDto extends InvoiceDto {
  @ApiProperty({ type: [InvoiceLineDto] }) lines: InvoiceLineDto[];
}

export class InvoicePageDto extends PageOf(InvoiceDto) {}
