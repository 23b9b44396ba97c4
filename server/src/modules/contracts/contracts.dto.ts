import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { PageOf } from '../../common/pagination/page-of.js';
import { BoolField, DateField, DecimalField, EnumField, IdField, IntField, TextField } from '../../common/validation/validators.js';
import { NamedRefDto } from '../quotes/quotes.dto.js';
import { CONTRACT_STATUSES } from './contract.entity.js';
import type { ContractStatus } from './contract.entity.js';

class ContractFieldsDto {
  @TextField(200, { description: 'Our side; default: the company' }) partyA?: string;
  @TextField(200, { description: 'The customer’s side; default: the customer’s name' }) partyB?: string;
  @DateField({ nullable: true }) startOn?: string | null;
  @DateField({ nullable: true }) endOn?: string | null;
  @TextField(20000, { nullable: true }) terms?: string | null;
}

export class CreateContractDto extends ContractFieldsDto {
  @TextField(200, { required: true }) title: string;
  @IdField({ description: 'Standalone contract: its customer' }) customerId?: number;
  @IdField({ description: 'From an order: its customer and total' }) orderId?: number;
  @IdField({ description: 'From an accepted quote: its customer and total' }) quoteId?: number;
  @DecimalField(16, 2, { description: 'Default: the order’s or quote’s total; required standalone' }) amount?: string;
}

export class UpdateContractDto extends ContractFieldsDto {
  @TextField(200) title?: string;
  @DecimalField(16, 2) amount?: string;
  @IntField({ required: true, min: 1 }) version: number;
}

export class ContractStatusInputDto {
  @EnumField(CONTRACT_STATUSES, 'ContractStatus', { required: true }) status: ContractStatus;
  @IntField({ required: true, min: 1 }) version: number;
  @DateField({ description: 'When signed; default today (moving to signed)' }) signedOn?: string;
}

export class ContractVersionDto {
  @IntField({ required: true, min: 1 }) version: number;
}

export class InstalmentInputDto {
  @DateField({ required: true }) dueOn: string;
  @DecimalField(16, 2, { required: true }) amount: string;
}

export class PaymentPlanDto {
  @ApiProperty({ type: [InstalmentInputDto], description: 'Their amounts add up to the contract amount' })
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => InstalmentInputDto)
  instalments: InstalmentInputDto[];

  @IntField({ required: true, min: 1, description: 'The contract’s version' }) version: number;
}

export class AttachmentQueryDto {
  @TextField(200, { required: true, description: 'The file’s name as the user knows it' }) fileName: string;
}

export class ContractListQueryDto extends ListQueryDto {
  @TextField(100, { description: 'Number or title contains' }) q?: string;
  @EnumField(CONTRACT_STATUSES, 'ContractStatus') status?: ContractStatus;
  @IdField() customerId?: number;
  @IdField() orderId?: number;
  @IdField() ownerId?: number;
  @BoolField({ description: 'In force and ending within 30 days' }) endingSoon?: boolean;
}

export class AttachmentDto {
  @ApiProperty() id: number;
  @ApiProperty() fileName: string;
  @ApiProperty() contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ nullable: true, type: Number }) uploadedBy: number | null;
  @ApiProperty() uploadedAt: Date;
}

export class InstalmentDto {
  @ApiProperty() id: number;
  @ApiProperty() seq: number;
  @ApiProperty() dueOn: string;
  @ApiProperty() amount: string;
  @ApiProperty() paidAmount: string;
  @ApiProperty({ description: 'amount - paidAmount' }) outstanding: string;
  @ApiProperty({ description: 'Days past due while not paid in full; 0 otherwise' }) daysOverdue: number;
}

export class ContractDto {
  @ApiProperty() id: number;
  @ApiProperty() contractNumber: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: NamedRefDto }) customer: NamedRefDto;
  @ApiProperty({ nullable: true, type: Number }) quoteId: number | null;
  @ApiProperty({ nullable: true, type: Number }) orderId: number | null;
  @ApiProperty() partyA: string;
  @ApiProperty() partyB: string;
  @ApiProperty() amount: string;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: String }) startOn: string | null;
  @ApiProperty({ nullable: true, type: String }) endOn: string | null;
  @ApiProperty({ nullable: true, type: String }) signedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) terms: string | null;
  @ApiProperty({ enum: CONTRACT_STATUSES, enumName: 'ContractStatus' }) status: ContractStatus;
  @ApiProperty({ nullable: true, type: Number }) renewalOfId: number | null;
  @ApiProperty({ nullable: true, type: Number }) renewedById: number | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) owner: NamedRefDto | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class ContractDetailDto extends ContractDto {
  @ApiProperty({ type: [AttachmentDto] }) attachments: AttachmentDto[];
  @ApiProperty({ type: [InstalmentDto] }) instalments: InstalmentDto[];
  @ApiProperty({ description: 'Sum of the instalments still unpaid' }) outstanding: string;
  @ApiProperty({ enum: CONTRACT_STATUSES, enumName: 'ContractStatus', isArray: true }) nextStatuses: ContractStatus[];
}

export class ContractPageDto extends PageOf(ContractDto) {}

export const ALLOWED_ATTACHMENT_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
} as const;

