import { PageOf } from '../../common/pagination/page-of.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { BoolField, CustomFieldsInput, DateField, EmailField, IdField, IntField, KeyField, PhoneField, TextField } from '../../common/validation/validators.js';

class ContactFieldsDto {
  @TextField(100, { nullable: true })
  title?: string | null;

  @KeyField({ nullable: true, description: 'Contact role picklist key' })
  contactRole?: string | null;

  @PhoneField({ nullable: true })
  mobile?: string | null;

  @PhoneField({ nullable: true })
  phone?: string | null;

  @EmailField({ nullable: true })
  email?: string | null;

  @DateField({ nullable: true })
  birthday?: string | null;

  @BoolField({ description: 'Making a contact primary makes the others of its customer non-primary' })
  isPrimary?: boolean;

  @TextField(4000, { nullable: true })
  notes?: string | null;

  @CustomFieldsInput()
  customFields?: Record<string, unknown>;
}

export class CreateContactDto extends ContactFieldsDto {
  @IdField({ required: true })
  customerId: number;

  @TextField(100, { required: true })
  name: string;
}

export class UpdateContactDto extends ContactFieldsDto {
  @TextField(100)
  name?: string;

  @IntField({ required: true, min: 1, description: 'The version that was read; a stale one answers 409' })
  version: number;
}

export class ContactListQueryDto extends ListQueryDto {
  @TextField(100, { description: 'Matches name (anywhere), mobile, phone or email (from the start)' })
  q?: string;

  @IdField()
  customerId?: number;

  @IdField()
  ownerId?: number;
}

export class ContactDto {
  @ApiProperty() id: number;
  @ApiProperty() customerId: number;
  @ApiPropertyOptional({ description: 'Present on lists and single reads' }) customer?: { id: number; code: string; name: string };
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ nullable: true, type: String }) contactRole: string | null;
  @ApiProperty({ nullable: true, type: String }) mobile: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) birthday: string | null;
  @ApiProperty() isPrimary: boolean;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: Number }) ownerId: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Custom field values the user may see' })
  customFields: Record<string, unknown>;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class ContactPageDto extends PageOf(ContactDto) {}
