import { ApiProperty } from '@nestjs/swagger';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { PageOf } from '../../common/pagination/page-of.js';
import { BoolField, DateField, EnumField, IdField, IntField, TextField } from '../../common/validation/validators.js';
import { NamedRefDto, QuoteLineDto } from '../quotes/quotes.dto.js';
import { ORDER_STATUSES } from './order.entity.js';
import type { OrderStatus } from './order.entity.js';

export class CreateOrderDto {
  @IdField({ required: true, description: 'An accepted quote; the order takes its customer, lines and totals' }) quoteId: number;
  @DateField({ nullable: true, description: 'Delivery date promised to the customer' }) promisedOn?: string | null;
  @TextField(500, { nullable: true }) deliveryAddress?: string | null;
  @TextField(4000, { nullable: true }) notes?: string | null;
}

export class UpdateOrderDto {
  @DateField({ nullable: true }) promisedOn?: string | null;
  @TextField(500, { nullable: true }) deliveryAddress?: string | null;
  @TextField(4000, { nullable: true }) notes?: string | null;
  @IntField({ required: true, min: 1 }) version: number;
}

export class OrderStatusInputDto {
  @EnumField(ORDER_STATUSES, 'OrderStatus', { required: true }) status: OrderStatus;
  @IntField({ required: true, min: 1 }) version: number;
  @TextField(500) note?: string;
  @DateField({ description: 'When delivered; default today' }) deliveredOn?: string;
}

export class OrderListQueryDto extends ListQueryDto {
  @TextField(100, { description: 'Order number contains' }) q?: string;
  @EnumField(ORDER_STATUSES, 'OrderStatus') status?: OrderStatus;
  @IdField() customerId?: number;
  @IdField() quoteId?: number;
  @IdField() ownerId?: number;
  @BoolField({ description: 'Only orders past their promised date and not yet delivered' }) late?: boolean;
  @BoolField({ description: 'Only orders whose contracts have a payment past due' }) paymentOverdue?: boolean;
}

export class OrderLineDto extends QuoteLineDto {}

export class OrderStatusChangeDto {
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus', nullable: true, type: String }) fromStatus: OrderStatus | null;
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus' }) toStatus: OrderStatus;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) changedBy: NamedRefDto | null;
  @ApiProperty() changedAt: Date;
}

export class OrderDto {
  @ApiProperty() id: number;
  @ApiProperty() orderNumber: string;
  @ApiProperty({ type: NamedRefDto }) customer: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'The quote it was made from; name is the quote number' }) quote: NamedRefDto | null;
  @ApiProperty({ nullable: true, type: Number }) opportunityId: number | null;
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus' }) status: OrderStatus;
  @ApiProperty() currency: string;
  @ApiProperty() subtotal: string;
  @ApiProperty() discountTotal: string;
  @ApiProperty() taxTotal: string;
  @ApiProperty() total: string;
  @ApiProperty({ nullable: true, type: String }) promisedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveredOn: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveryAddress: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ description: 'Past the promised date and not yet delivered' }) late: boolean;
  @ApiProperty({ description: 'A contract of the order has an instalment past due and not paid in full' }) paymentOverdue: boolean;
  @ApiProperty() statusChangedAt: Date;
  @ApiProperty({ type: NamedRefDto, nullable: true }) owner: NamedRefDto | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class OrderDetailDto extends OrderDto {
  @ApiProperty({ type: [OrderLineDto] }) lines: OrderLineDto[];
  @ApiProperty({ type: [OrderStatusChangeDto], description: 'Every step, oldest first' }) statusHistory: OrderStatusChangeDto[];
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus', isArray: true, description: 'Where the status may go next' })
  nextStatuses: OrderStatus[];
}

export class OrderPageDto extends PageOf(OrderDto) {}
