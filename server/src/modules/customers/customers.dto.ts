import { PageOf } from '../../common/pagination/page-of.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { IMPORT_FORMATS, type ImportFormat } from '../../common/import/spreadsheet.js';
import {
  BoolField,
  DateField,
  DecimalField,
  EmailField,
  EnumField,
  IdField,
  IntField,
  KeyField,
  PhoneField,
  StringListField,
  TextField,
  CustomFieldsInput,
} from '../../common/validation/validators.js';
import { ContactDto } from './contacts.dto.js';

export const CUSTOMER_TYPES = ['company', 'person'] as const;
export const CUSTOMER_STATUSES = ['active', 'archived'] as const;
export const CUSTOMER_STATUS_FILTERS = ['active', 'archived', 'all'] as const;

class CustomerFieldsDto {
  @EnumField(CUSTOMER_TYPES, 'CustomerType')
  customerType?: (typeof CUSTOMER_TYPES)[number];

  @KeyField({ nullable: true, description: 'Industry picklist key' })
  industry?: string | null;

  @KeyField({ nullable: true, description: 'Customer level picklist key (A, B, C)' })
  customerLevel?: string | null;

  @KeyField({ nullable: true, description: 'Source picklist key' })
  source?: string | null;

  @KeyField({ nullable: true, description: 'Region picklist key' })
  region?: string | null;

  @TextField(300, { nullable: true })
  address?: string | null;

  @PhoneField({ nullable: true })
  phone?: string | null;

  @EmailField({ nullable: true })
  email?: string | null;

  @TextField(200, { nullable: true })
  website?: string | null;

  @StringListField(20, 40, { nullable: true })
  tags?: string[] | null;

  @DecimalField(18, 2, { nullable: true, description: 'Exact decimal as a string' })
  creditLimit?: string | null;

  @TextField(4000, { nullable: true })
  notes?: string | null;

  @CustomFieldsInput()
  customFields?: Record<string, unknown>;
}

export class CreateCustomerDto extends CustomerFieldsDto {
  @TextField(200, { required: true, description: 'Chinese or Latin name' })
  name: string;

  @TextField(40, { description: 'Generated when left out' })
  code?: string;

  @IdField({ description: 'Defaults to the current user; another owner needs the assign permission' })
  ownerId?: number;
}

export class UpdateCustomerDto extends CustomerFieldsDto {
  @TextField(200, { description: 'Chinese or Latin name' })
  name?: string;

  @TextField(40)
  code?: string;

  @IntField({ required: true, min: 1, description: 'The version that was read; a stale one answers 409' })
  version: number;
}

export class VersionDto {
  @IntField({ min: 1, description: 'When given, a stale version answers 409' })
  version?: number;
}

export class TransferCustomerDto extends VersionDto {
  @IdField({ required: true })
  ownerId: number;
}

/**
 * Besides these, custom fields filter as `cf.<key>=value` (and `cf.<key>.gte=` / `.lte=` on
 * numbers and dates), and sort as `sort=cf.<key>`.
 */
export class CustomerListQueryDto extends ListQueryDto {
  @TextField(100, { description: 'Matches name (anywhere), code, phone or email (from the start)' })
  q?: string;

  @KeyField()
  industry?: string;

  @KeyField()
  customerLevel?: string;

  @KeyField()
  region?: string;

  @KeyField()
  source?: string;

  @IdField()
  ownerId?: number;

  @EnumField(CUSTOMER_STATUS_FILTERS, 'CustomerStatusFilter', { description: 'Default active' })
  status?: (typeof CUSTOMER_STATUS_FILTERS)[number];

  @DateField({ description: 'Created on or after this day (UTC)' })
  createdFrom?: string;

  @DateField({ description: 'Created on or before this day (UTC)' })
  createdTo?: string;
}

export class DuplicateQueryDto {
  @TextField(200) name?: string;
  @TextField(40) phone?: string;
  @TextField(200) email?: string;
  @IdField({ description: 'Ignore this customer (when editing it)' }) excludeId?: number;
}

export class OwnerDto {
  @ApiProperty() id: number;
  @ApiProperty() displayName: string;
}

export class CustomerDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CUSTOMER_TYPES, enumName: 'CustomerType' }) customerType: string;
  @ApiProperty({ nullable: true, type: String }) industry: string | null;
  @ApiProperty({ nullable: true, type: String }) customerLevel: string | null;
  @ApiProperty({ nullable: true, type: String }) source: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ nullable: true, type: String, description: 'Exact decimal' }) creditLimit: string | null;
  @ApiProperty({ enum: CUSTOMER_STATUSES, enumName: 'CustomerStatus' }) status: string;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ type: OwnerDto, nullable: true, description: 'null while the customer waits in the pool' }) owner: OwnerDto | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Custom field values the user may see' })
  customFields: Record<string, unknown>;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ nullable: true, type: Number }) createdBy: number | null;
  @ApiProperty() version: number;
}

export class CustomerDetailDto extends CustomerDto {
  @ApiPropertyOptional({ type: [ContactDto], description: 'Present when the user may read contacts' })
  contacts?: ContactDto[];
}

export class DuplicateMatchDto {
  @ApiProperty({ description: 'name, phone or email', type: [String] }) matchedOn: string[];
  @ApiPropertyOptional({ description: 'Only for customers the user may read' }) id?: number;
  @ApiPropertyOptional() code?: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ type: OwnerDto }) owner?: OwnerDto;
  @ApiProperty({ description: 'False: it exists but belongs to someone whose records you cannot see' })
  visible: boolean;
}

export class CreatedCustomerDto extends CustomerDto {
  @ApiProperty({ type: [DuplicateMatchDto] }) possibleDuplicates: DuplicateMatchDto[];
}

export class CustomerPageDto extends PageOf(CustomerDto) {}

export class BucketDto {
  @ApiProperty({ nullable: true, type: String }) key: string | null;
  @ApiProperty() count: number;
}

export class CustomerStatsDto {
  @ApiProperty({ description: 'Active customers in scope' }) total: number;
  @ApiProperty({ type: [BucketDto] }) byLevel: BucketDto[];
  @ApiProperty({ type: [BucketDto] }) byIndustry: BucketDto[];
  @ApiProperty({ type: [BucketDto] }) byRegion: BucketDto[];
}

export const DUPLICATE_HANDLING = ['reject', 'skip'] as const;

export class CustomerImportQueryDto {
  @EnumField(IMPORT_FORMATS, 'ImportFormat', { required: true })
  format: ImportFormat;

  @EnumField(DUPLICATE_HANDLING, 'ImportDuplicateHandling', {
    description: 'reject (default): duplicates are problems and nothing is imported; skip: duplicates are left out and reported',
  })
  duplicates?: (typeof DUPLICATE_HANDLING)[number];

  @BoolField({ description: 'Check the file and report what would happen, writing nothing' })
  dryRun?: boolean;
}

export class ImportedMatchDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class ImportDuplicateDto {
  @ApiProperty({ description: 'Row in the file (the header is row 1)' }) row: number;
  @ApiProperty({ description: 'name, phone or email', type: [String] }) matchedOn: string[];
  @ApiProperty({ type: ImportedMatchDto, nullable: true, description: 'The existing customer, when the user may read it' })
  existing: ImportedMatchDto | null;
  @ApiPropertyOptional({ description: 'Set when the row repeats an earlier row of the same file' }) earlierRow?: number;
}

export class CustomerImportResultDto {
  @ApiProperty({ description: 'Data rows in the file' }) rows: number;
  @ApiProperty({ description: 'Customers created (or, on a dry run, that would be)' }) imported: number;
  @ApiProperty({ description: 'Duplicate rows left out' }) skipped: number;
  @ApiProperty({ type: [ImportDuplicateDto], description: 'The duplicates, the first 500' }) duplicates: ImportDuplicateDto[];
  @ApiProperty() dryRun: boolean;
}
