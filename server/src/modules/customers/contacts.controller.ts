import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { type AuditView } from '../../common/audit/audit.service.js';
import { ContactsService } from './contacts.service.js';
import { ContactDto, ContactListQueryDto, ContactPageDto, CreateContactDto, UpdateContactDto } from './contacts.dto.js';
import { AuditEntryDto, HistoryQueryDto } from '../../common/audit/audit.dto.js';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @Permission('contacts', 'read')
  @ApiOperation({ operationId: 'listContacts', summary: 'Contacts in the user’s scope' })
  @ApiOkResponse({ type: ContactPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ContactListQueryDto): Promise<ContactPageDto> {
    return this.contacts.list(actor, query);
  }

  @Get(':id')
  @Permission('contacts', 'read')
  @ApiOperation({ operationId: 'getContact', summary: 'A contact' })
  @ApiOkResponse({ type: ContactDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ContactDto> {
    return this.contacts.get(actor, id);
  }

  @Get(':id/history')
  @Permission('contacts', 'read')
  @ApiOperation({ operationId: 'getContactHistory', summary: 'Audit entries of a contact, newest first' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  history(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: HistoryQueryDto,
  ): Promise<AuditView[]> {
    return this.contacts.history(actor, id, query.beforeId);
  }

  @Post()
  @Permission('contacts', 'create')
  @ApiOperation({ operationId: 'createContact', summary: 'Add a contact to a customer' })
  @ApiCreatedResponse({ type: ContactDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateContactDto): Promise<ContactDto> {
    return this.contacts.create(actor, body);
  }

  @Patch(':id')
  @Permission('contacts', 'update')
  @ApiOperation({ operationId: 'updateContact', summary: 'Change a contact; the version read must be current' })
  @ApiOkResponse({ type: ContactDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateContactDto,
  ): Promise<ContactDto> {
    return this.contacts.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('contacts', 'delete')
  @ApiOperation({ operationId: 'deleteContact', summary: 'Delete a contact' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.contacts.remove(actor, id);
  }
}
