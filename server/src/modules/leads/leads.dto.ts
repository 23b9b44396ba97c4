import { PageOf } from '../../common/pagination/page-of.js';
import { IMPORT_FORMATS } from '../../common/import/spreadsheet.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ListQueryDto } from '../../common/pagination/list-query.dto.js';
import { BoolField, CustomFieldsInput, DateField, DecimalField, EmailField, EnumField, IdField, IntField, KeyField, PhoneField, TextField } from '../../common/validation/validators.js';
import { LEAD_STATUSES } from './lead.entity.js';

class LeadFieldsDto {
  @TextField(200, { nullable: true }) company?: string | null;
  @PhoneField({ nullable: true }) phone?: string | null;
  @EmailField({ nullable: true }) email?: string | null;
  @KeyField({ nullable: true, description: 'source picklist key' }) source?: string | null;
  @TextField(100, { nullable: true, description: 'Free text until marketing campaigns exist' }) campaign?: string | null;
  @KeyField({ nullable: true, description: 'industry picklist key' }) industry?: string | null;
  @KeyField({ nullable: true, description: 'region picklist key' }) region?: string | null;
  @TextField(4000, { nullable: true }) notes?: string | null;
}

export class CreateLeadDto extends LeadFieldsDto {
  @TextField(100, { required: true, description: 'The person' }) name: string;
  @EnumField(['me', 'rules', 'pool'] as const, 'LeadAssignment', {
    description: 'me (default): the creator owns it; rules: the assignment rules decide; pool: it waits in the creator’s team pool',
  })
  assign?: 'me' | 'rules' | 'pool';

  @CustomFieldsInput() customFields?: Record<string, unknown>;
}

/** What a website form posts; the token decides where unassigned leads wait. */
export class IntakeLeadDto extends LeadFieldsDto {
  @TextField(100, { required: true }) name: string;
}

export const EDITABLE_STATUSES = ['new', 'contacted', 'qualified', 'disqualified'] as const;

export class UpdateLeadDto extends LeadFieldsDto {
  @TextField(100) name?: string;
  @CustomFieldsInput() customFields?: Record<string, unknown>;
  @EnumField(EDITABLE_STATUSES, 'LeadWorkStatus', { description: 'converted is reached only by converting' }) status?: (typeof EDITABLE_STATUSES)[number];
  @TextField(500, { nullable: true, description: 'Required when disqualifying' }) disqualifyReason?: string | null;
  @IntField({ required: true, min: 1 }) version: number;
}

export class LeadListQueryDto extends ListQueryDto {
  @TextField(100, { description: 'Name or company (anywhere), phone or email (from the start)' }) q?: string;
  @EnumField(LEAD_STATUSES, 'LeadStatus') status?: (typeof LEAD_STATUSES)[number];
  @KeyField() source?: string;
  @IdField() ownerId?: number;
  @BoolField({ description: 'true: the pool the user may claim from, instead of their leads' }) pool?: boolean;
}

export class ConvertOpportunityDto {
  @TextField(200, { required: true }) name: string;
  @DecimalField(16, 2) amount?: string;
  @IdField() pipelineId?: number;
  @DateField() expectedCloseDate?: string;
}

export class ConvertLeadDto {
  @IdField({ description: 'Attach to this existing customer instead of creating one' }) existingCustomerId?: number;
  @TextField(200, { description: 'Name of the new customer; default: the lead’s company, else its name' }) customerName?: string;
  @BoolField({ description: 'Create the customer even though possible duplicates exist' }) ignoreDuplicates?: boolean;

  @ApiPropertyOptional({ type: ConvertOpportunityDto, description: 'Also open an opportunity' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConvertOpportunityDto)
  opportunity?: ConvertOpportunityDto;
}

export class LeadDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) company: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) source: string | null;
  @ApiProperty({ nullable: true, type: String }) campaign: string | null;
  @ApiProperty({ nullable: true, type: String }) industry: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ enum: LEAD_STATUSES, enumName: 'LeadStatus' }) status: string;
  @ApiProperty({ nullable: true, type: String }) disqualifyReason: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'null while it waits in a pool' }) ownerId: number | null;
  @ApiProperty({ nullable: true, type: Number }) convertedCustomerId: number | null;
  @ApiProperty({ nullable: true, type: Number }) convertedContactId: number | null;
  @ApiProperty({ nullable: true, type: Number }) convertedOpportunityId: number | null;
  @ApiProperty({ nullable: true, type: Date }) convertedAt: Date | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) customFields: Record<string, unknown>;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
}

export class LeadPageDto extends PageOf(LeadDto) {}

export class IntakeResultDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'Whether a salesperson was assigned at once' }) assigned: boolean;
}

export const MATCH_FIELDS = ['source', 'region', 'industry'] as const;

export class LeadRuleInputDto {
  @TextField(100, { required: true }) name: string;
  @EnumField(MATCH_FIELDS, 'LeadRuleField', { nullable: true, description: 'Empty: every lead (round-robin in the team)' })
  matchField?: (typeof MATCH_FIELDS)[number] | null;
  @KeyField({ nullable: true }) matchValue?: string | null;
  @IdField({ required: true, description: 'Leads go round-robin to this team’s members' }) teamId: number;
  @IntField({ min: 0, max: 1000, description: 'Higher first' }) priority?: number;
  @BoolField() isActive?: boolean;
}

export class LeadRuleDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: MATCH_FIELDS, enumName: 'LeadRuleField', nullable: true }) matchField: string | null;
  @ApiProperty({ nullable: true, type: String }) matchValue: string | null;
  @ApiProperty() teamId: number;
  @ApiProperty() priority: number;
  @ApiProperty() isActive: boolean;
}

export class ApiTokenInputDto {
  @TextField(100, { required: true }) name: string;
  @IdField({ required: true, description: 'Unassigned leads wait in this team’s pool' }) teamId: number;
}

export class ApiTokenDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() tokenHint: string;
  @ApiProperty() teamId: number;
  @ApiProperty() isActive: boolean;
  @ApiProperty({ nullable: true, type: Date }) lastUsedAt: Date | null;
}

export class CreatedApiTokenDto extends ApiTokenDto {
  @ApiProperty({ description: 'Shown once; only its hash is stored' }) token: string;
}

export const IMPORT_ASSIGNMENTS = ['me', 'rules', 'pool'] as const;

export class ImportQueryDto {
  @EnumField(IMPORT_FORMATS, 'ImportFormat', { required: true }) format: (typeof IMPORT_FORMATS)[number];
  @EnumField(IMPORT_ASSIGNMENTS, 'LeadAssignment', { description: 'Default me' }) assign?: (typeof IMPORT_ASSIGNMENTS)[number];
}

export class ImportResultDto {
  @ApiProperty() imported: number;
  @ApiProperty({ description: 'Of those, how many got an owner at once' }) assigned: number;
}
