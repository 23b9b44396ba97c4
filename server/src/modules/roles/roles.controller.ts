import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { RolesService } from './roles.service.js';
import { AccessVocabularyDto, CreateRoleDto, RoleDto, UpdateRoleDto } from './roles.dto.js';

@ApiTags('roles')
@Controller('roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get('vocabulary')
  @Authenticated()
  @ApiOperation({ operationId: 'getAccessVocabulary', summary: 'Modules, actions and data scopes a role can grant' })
  @ApiOkResponse({ type: AccessVocabularyDto })
  vocabulary(): AccessVocabularyDto {
    return this.roles.vocabulary();
  }

  @Get()
  @Permission('roles', 'read')
  @ApiOperation({ operationId: 'listRoles', summary: 'Roles with their grants and number of holders' })
  @ApiOkResponse({ type: [RoleDto] })
  list(): Promise<RoleDto[]> {
    return this.roles.list();
  }

  @Get(':id')
  @Permission('roles', 'read')
  @ApiOperation({ operationId: 'getRole', summary: 'A role with its grants' })
  @ApiOkResponse({ type: RoleDto })
  get(@Param('id', ParseIntPipe) id: number): Promise<RoleDto> {
    return this.roles.get(id);
  }

  @Post()
  @Permission('roles', 'create')
  @ApiOperation({ operationId: 'createRole', summary: 'Create a role; only permissions you hold can be granted' })
  @ApiCreatedResponse({ type: RoleDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateRoleDto): Promise<RoleDto> {
    return this.roles.create(actor, body);
  }

  @Patch(':id')
  @Permission('roles', 'update')
  @ApiOperation({ operationId: 'updateRole', summary: 'Change a role; holders get the change on their next request' })
  @ApiOkResponse({ type: RoleDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateRoleDto): Promise<RoleDto> {
    return this.roles.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('roles', 'delete')
  @ApiOperation({ operationId: 'deleteRole', summary: 'Delete a role nobody holds' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.roles.remove(actor, id);
  }
}
