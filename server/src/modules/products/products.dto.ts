import { PageOf } from '../../common/pagination/page-of.js';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import {
  BoolField,
  CustomFieldsInput,
  DateField,
  DecimalField,
  EnumField,
  IdField,
  IntField,
  KeyField,
  TextField,
} from '../../common/validation/validators.js';

class ProductFieldsDto {
  @IdField({ nullable: true }) categoryId?: number | null;
  @TextField(500, { nullable: true }) specification?: string | null;
  @DecimalField(18, 2, { nullable: true, description: 'Unit cost, exact decimal' }) cost?: string | null;
  @DecimalField(5, 2, { description: 'Tax rate in percent, 0-100, e.g. "13.00"' }) taxRate?: string;
  @BoolField({ description: 'Inactive products cannot be put on new opportunities or quotes' }) isActive?: boolean;
  @TextField(4000, { nullable: true }) notes?: string | null;
  @CustomFieldsInput() customFields?: Record<string, unknown>;
}

export class CreateProductDto extends ProductFieldsDto {
  @TextField(40, { required: true }) code: string;
  @TextField(200, { required: true }) name: string;
  @KeyField({ required: true, description: 'Unit picklist key' }) unit: string;
  @DecimalField(18, 2, { required: true, description: 'List price, exact decimal' }) listPrice: string;
}

export class UpdateProductDto extends ProductFieldsDto {
  @TextField(40) code?: string;
  @TextField(200) name?: string;
  @KeyField({ description: 'Unit picklist key' }) unit?: string;
  @DecimalField(18, 2, { description: 'List price, exact decimal' }) listPrice?: string;
  @IntField({ required: true, min: 1 }) version: number;
}

export const ACTIVE_FILTERS = ['active', 'inactive', 'all'] as const;

export class ProductListQueryDto extends ListQueryDto {
  @TextField(100, { description: 'Name (anywhere) or code (from the start)' }) q?: string;
  @IdField() categoryId?: number;
  @EnumField(ACTIVE_FILTERS, 'ActiveFilter', { description: 'Default active' }) status?: (typeof ACTIVE_FILTERS)[number];
}

export class ProductDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: Number }) categoryId: number | null;
  @ApiProperty() unit: string;
  @ApiProperty({ nullable: true, type: String }) specification: string | null;
  @ApiProperty({ description: 'Exact decimal' }) listPrice: string;
  @ApiProperty({ nullable: true, type: String }) cost: string | null;
  @ApiProperty() taxRate: string;
  @ApiProperty() isActive: boolean;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) customFields: Record<string, unknown>;
  @ApiProperty() version: number;
}

export class ProductPageDto extends PageOf(ProductDto) {}

export class CategoryInputDto {
  @TextField(100, { required: true }) name: string;
  @IdField({ nullable: true }) parentId?: number | null;
  @IntField({ min: 0, max: 100000 }) sortOrder?: number;
}

export class CategoryDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: Number }) parentId: number | null;
  @ApiProperty() sortOrder: number;
}

export class PriceListInputDto {
  @TextField(100, { required: true }) name: string;
  @KeyField({ nullable: true, description: 'Customer level it applies to; empty: every customer' }) customerLevel?: string | null;
  @DateField({ required: true }) validFrom: string;
  @DateField({ nullable: true }) validTo?: string | null;
  @IntField({ min: 0, max: 1000 }) priority?: number;
  @BoolField() isActive?: boolean;
}

export class UpdatePriceListDto extends PriceListInputDto {
  @IntField({ required: true, min: 1 }) version: number;
}

export class PriceListItemInputDto {
  @IdField({ required: true }) productId: number;
  @DecimalField(18, 2, { required: true }) unitPrice: string;
}

export class PriceListItemsDto {
  @ApiProperty({ type: [PriceListItemInputDto] })
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => PriceListItemInputDto)
  items: PriceListItemInputDto[];
}

export class PriceListItemDto {
  @ApiProperty() productId: number;
  @ApiProperty() productCode: string;
  @ApiProperty() productName: string;
  @ApiProperty() unitPrice: string;
}

export class PriceListDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() currency: string;
  @ApiProperty({ nullable: true, type: String }) customerLevel: string | null;
  @ApiProperty() validFrom: string;
  @ApiProperty({ nullable: true, type: String }) validTo: string | null;
  @ApiProperty() priority: number;
  @ApiProperty() isActive: boolean;
  @ApiProperty() itemCount: number;
  @ApiProperty() version: number;
}

export class PriceListDetailDto extends PriceListDto {
  @ApiProperty({ type: [PriceListItemDto] }) items: PriceListItemDto[];
}

export class PriceQueryDto {
  @IdField({ required: true }) customerId: number;
  @DateField({ description: 'Default today (UTC)' }) date?: string;
}

export class EffectivePriceDto {
  @ApiProperty() productId: number;
  @ApiProperty() customerId: number;
  @ApiProperty() date: string;
  @ApiProperty({ description: 'Exact decimal' }) unitPrice: string;
  @ApiProperty() listPrice: string;
  @ApiProperty() taxRate: string;
  @ApiProperty({ enum: ['priceList', 'listPrice'], enumName: 'PriceSource' }) source: 'priceList' | 'listPrice';
  @ApiProperty({ nullable: true, type: Number }) priceListId: number | null;
  @ApiProperty({ nullable: true, type: String }) priceListName: string | null;
}
