import { ApiProperty } from '@nestjs/swagger';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { PageOf } from '../../common/pagination/page-of.js';
import { BoolField, DateField, DecimalField, EnumField, IdField, IntField, TextField } from '../../common/validation/validators.js';
import { NamedRefDto } from '../quotes/quotes.dto.js';
import { PAYMENT_METHODS } from './receivable.entity.js';
import type { PaymentMethod } from './receivable.entity.js';

export const AGING_GROUPS = ['customer', 'owner', 'team'] as const;
export type AgingGroup = (typeof AGING_GROUPS)[number];

export class ReceivableListQueryDto extends ListQueryDto {
  @IdField() customerId?: number;
  @IdField() contractId?: number;
  @IdField() ownerId?: number;
  @BoolField({ description: 'Only instalments not yet paid in full' }) open?: boolean;
  @BoolField({ description: 'Only instalments past due and not paid in full' }) overdue?: boolean;
}

export class AgingQueryDto {
  @EnumField(AGING_GROUPS, 'AgingGroup', { description: 'Rows per customer (default), salesperson or team' }) by?: AgingGroup;
  @IntField({ min: 1, max: 1000, description: 'Rows listed, largest total first (default 100); the totals cover all' }) limit?: number;
}

export class RecordPaymentDto {
  @IdField({ required: true }) contractId: number;
  @DecimalField(16, 2, { required: true }) amount: string;
  @DateField({ required: true }) paidOn: string;
  @EnumField(PAYMENT_METHODS, 'PaymentMethod', { required: true }) method: PaymentMethod;
  @TextField(100) reference?: string;
  @TextField(500) notes?: string;
  @IdField({ description: 'Settle this instalment first; the rest goes to the oldest open ones' }) instalmentId?: number;
}

export class PaymentListQueryDto extends ListQueryDto {
  @IdField() contractId?: number;
  @IdField() customerId?: number;
}

export class ReceivableDto {
  @ApiProperty() id: number;
  @ApiProperty({ type: NamedRefDto, description: 'name is the contract number' }) contract: NamedRefDto;
  @ApiProperty({ type: NamedRefDto }) customer: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, nullable: true }) owner: NamedRefDto | null;
  @ApiProperty() seq: number;
  @ApiProperty() dueOn: string;
  @ApiProperty() amount: string;
  @ApiProperty() paidAmount: string;
  @ApiProperty() outstanding: string;
  @ApiProperty({ description: 'Days past due while not paid in full; 0 otherwise' }) daysOverdue: number;
}

export class ReceivablePageDto extends PageOf(ReceivableDto) {}

export class AllocationDto {
  @ApiProperty() instalmentId: number;
  @ApiProperty() seq: number;
  @ApiProperty() amount: string;
}

export class PaymentDto {
  @ApiProperty() id: number;
  @ApiProperty({ type: NamedRefDto, description: 'name is the contract number' }) contract: NamedRefDto;
  @ApiProperty({ type: NamedRefDto }) customer: NamedRefDto;
  @ApiProperty() amount: string;
  @ApiProperty() paidOn: string;
  @ApiProperty({ enum: PAYMENT_METHODS, enumName: 'PaymentMethod' }) method: PaymentMethod;
  @ApiProperty({ nullable: true, type: String }) reference: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ type: [AllocationDto], description: 'Which instalments it settled' }) allocations: AllocationDto[];
  @ApiProperty({ nullable: true, type: Number }) createdBy: number | null;
  @ApiProperty() createdAt: Date;
}

export class PaymentPageDto extends PageOf(PaymentDto) {}

export class AgingRowDto {
  @ApiProperty({ description: 'Customer id, user id or team id, by the grouping' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Not yet due' }) current: string;
  @ApiProperty({ name: 'days1to30' }) days1to30: string;
  @ApiProperty() days31to60: string;
  @ApiProperty() days61to90: string;
  @ApiProperty() over90: string;
  @ApiProperty({ description: 'All outstanding' }) total: string;
}

export class AgingDto {
  @ApiProperty({ enum: AGING_GROUPS, enumName: 'AgingGroup' }) by: AgingGroup;
  @ApiProperty({ description: 'The day the ages are counted to' }) asOf: string;
  @ApiProperty({ type: [AgingRowDto], description: 'Largest total first, at most `limit`' }) rows: AgingRowDto[];
  @ApiProperty({ description: 'Customers, salespeople or teams that owe anything (rows may list fewer)' }) groupCount: number;
  @ApiProperty({ type: AgingRowDto, description: 'All rows together (id 0)' }) totals: AgingRowDto;
}
