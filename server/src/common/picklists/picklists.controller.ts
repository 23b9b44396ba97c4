import { Body, Controller, Delete, Get, Headers, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated, CurrentActor, Permission } from '../access/decorators.js';
import { Actor } from '../access/actor.js';
import { PicklistsService } from './picklists.service.js';
import { CreateOptionDto, CreatePicklistDto, PicklistDto, UpdateOptionDto } from './picklists.dto.js';

@ApiTags('picklists')
@Controller('picklists')
export class PicklistsController {
  constructor(private readonly picklists: PicklistsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'listPicklists', summary: 'Every picklist with its options, in one cacheable call (ETag)' })
  @ApiOkResponse({ type: [PicklistDto] })
  async list(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const { picklists, etag } = await this.picklists.all();
    void reply.header('etag', etag).header('cache-control', 'private, no-cache');
    if (ifNoneMatch === etag) {
      void reply.status(304);
      return undefined;
    }
    return picklists;
  }

  @Post()
  @Permission('settings', 'create')
  @ApiOperation({ operationId: 'createPicklist', summary: 'Add a picklist (for custom fields)' })
  @ApiCreatedResponse({ type: PicklistDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePicklistDto): Promise<PicklistDto> {
    return this.picklists.createPicklist(actor, body);
  }

  @Post(':picklistKey/options')
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'addPicklistOption', summary: 'Add an option' })
  @ApiCreatedResponse({ type: PicklistDto })
  addOption(@CurrentActor() actor: Actor, @Param('picklistKey') picklistKey: string, @Body() body: CreateOptionDto) {
    return this.picklists.addOption(actor, picklistKey, body);
  }

  @Patch(':picklistKey/options/:optionKey')
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'updatePicklistOption', summary: 'Relabel, reorder, recolour, deactivate or reactivate an option' })
  @ApiOkResponse({ type: PicklistDto })
  updateOption(
    @CurrentActor() actor: Actor,
    @Param('picklistKey') picklistKey: string,
    @Param('optionKey') optionKey: string,
    @Body() body: UpdateOptionDto,
  ) {
    return this.picklists.updateOption(actor, picklistKey, optionKey, body);
  }

  @Delete(':picklistKey/options/:optionKey')
  @Permission('settings', 'delete')
  @ApiOperation({ operationId: 'deletePicklistOption', summary: 'Delete an option no record uses (409 otherwise)' })
  @ApiOkResponse({ type: PicklistDto })
  deleteOption(@CurrentActor() actor: Actor, @Param('picklistKey') picklistKey: string, @Param('optionKey') optionKey: string) {
    return this.picklists.deleteOption(actor, picklistKey, optionKey);
  }
}
