import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, Permission } from '../access/decorators.js';
import { Actor } from '../access/actor.js';
import { CustomFieldsService } from './custom-fields.service.js';
import { CreateCustomFieldDto, CustomFieldDto, CustomFieldQueryDto, UpdateCustomFieldDto } from './custom-fields.dto.js';

@ApiTags('custom-fields')
@Controller('custom-fields')
export class CustomFieldsController {
  constructor(private readonly customFields: CustomFieldsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'listCustomFields', summary: 'Active custom fields the user may see, for forms and list columns' })
  @ApiOkResponse({ type: [CustomFieldDto] })
  list(@CurrentActor() actor: Actor, @Query() query: CustomFieldQueryDto): Promise<CustomFieldDto[]> {
    return this.customFields.describe(actor, query.entity);
  }

  @Get('all')
  @Permission('settings', 'read')
  @ApiOperation({ operationId: 'listAllCustomFields', summary: 'Every custom field, inactive ones too (administration)' })
  @ApiOkResponse({ type: [CustomFieldDto] })
  listAll(@CurrentActor() actor: Actor, @Query() query: CustomFieldQueryDto): Promise<CustomFieldDto[]> {
    return this.customFields.describe(actor, query.entity, true);
  }

  @Post()
  @Permission('settings', 'create')
  @ApiOperation({ operationId: 'createCustomField', summary: 'Add a field to an entity' })
  @ApiCreatedResponse({ type: CustomFieldDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCustomFieldDto): Promise<CustomFieldDto> {
    return this.customFields.create(actor, body);
  }

  @Patch(':id')
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'updateCustomField', summary: 'Change labels, rules, visibility or activity of a field' })
  @ApiOkResponse({ type: CustomFieldDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateCustomFieldDto) {
    return this.customFields.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('settings', 'delete')
  @ApiOperation({ operationId: 'deleteCustomField', summary: 'Delete a field and all its values' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.customFields.remove(actor, id);
  }
}
