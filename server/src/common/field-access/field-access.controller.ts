import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../access/decorators.js';
import { Actor } from '../access/actor.js';
import { isModuleKey } from '../access/permissions.js';
import { invalid } from '../errors/app-error.js';
import { StringListField } from '../validation/validators.js';
import { FieldAccessService } from './field-access.service.js';

export class FieldRuleDto {
  @ApiProperty() module: string;
  @ApiProperty() field: string;
  @ApiProperty({ type: [String] }) visibleRoles: string[];
  @ApiProperty({ type: [String] }) editableRoles: string[];
}

export class GovernedFieldsDto {
  @ApiProperty() module: string;
  @ApiProperty({ type: [String] }) fields: string[];
}

export class FieldRulesDto {
  @ApiProperty({ type: [FieldRuleDto] }) rules: FieldRuleDto[];
  @ApiProperty({ type: [GovernedFieldsDto], description: 'Built-in fields that can be restricted' }) governed: GovernedFieldsDto[];
}

export class SetFieldRuleDto {
  @StringListField(20, 40, { required: true, description: 'Role keys that see the field; empty: everyone' })
  visibleRoles: string[];

  @StringListField(20, 40, { required: true, description: 'Role keys that may change it; empty: everyone who may change the record' })
  editableRoles: string[];
}

@ApiTags('field-rules')
@Controller('field-rules')
export class FieldAccessController {
  constructor(private readonly fieldAccess: FieldAccessService) {}

  @Get()
  @Permission('settings', 'read')
  @ApiOperation({ operationId: 'listFieldRules', summary: 'Field-level visibility rules of built-in fields' })
  @ApiOkResponse({ type: FieldRulesDto })
  async list(): Promise<FieldRulesDto> {
    return this.view();
  }

  @Put(':module/:field')
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'setFieldRule', summary: 'Set who sees and changes a built-in field' })
  @ApiOkResponse({ type: FieldRulesDto })
  async set(
    @CurrentActor() actor: Actor,
    @Param('module') module: string,
    @Param('field') field: string,
    @Body() body: SetFieldRuleDto,
  ): Promise<FieldRulesDto> {
    if (!isModuleKey(module)) throw invalid([{ field: 'module', reason: 'is not a module' }]);
    await this.fieldAccess.setRule(actor, module, field, body.visibleRoles, body.editableRoles);
    return this.view();
  }

  private async view(): Promise<FieldRulesDto> {
    const split = (list: string | null) => (list ? list.split(',') : []);
    return {
      rules: (await this.fieldAccess.list()).map((rule) => ({
        module: rule.moduleKey,
        field: rule.fieldKey,
        visibleRoles: split(rule.visibleRoles),
        editableRoles: split(rule.editableRoles),
      })),
      governed: this.fieldAccess.governedFields().map(({ module, fields }) => ({ module, fields: [...fields] })),
    };
  }
}
