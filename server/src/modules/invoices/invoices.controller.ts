import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { InvoicesService } from './invoices.service.js';
import { CreateInvoiceDto, InvoiceDetailDto, InvoiceListQueryDto, InvoicePageDto, IssueInvoiceDto, VoidInvoiceDto } from './invoices.dto.js';

@ApiTags('invoices')
@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get()
  @Permission('invoices', 'read')
  @ApiOperation({ operationId: 'listInvoices', summary: 'Invoices in scope, newest first' })
  @ApiOkResponse({ type: InvoicePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: InvoiceListQueryDto): Promise<InvoicePageDto> {
    return this.invoices.list(actor, query);
  }

  @Get(':id')
  @Permission('invoices', 'read')
  @ApiOperation({ operationId: 'getInvoice', summary: 'An invoice with its lines' })
  @ApiOkResponse({ type: InvoiceDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<InvoiceDetailDto> {
    return this.invoices.get(actor, id);
  }

  @Post()
  @Permission('invoices', 'create')
  @ApiOperation({ operationId: 'createInvoice', summary: 'A draft invoice of an order (all its lines by default) or a contract (the lines given)' })
  @ApiCreatedResponse({ type: InvoiceDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateInvoiceDto): Promise<InvoiceDetailDto> {
    return this.invoices.create(actor, body);
  }

  @Post(':id/issue')
  @HttpCode(200)
  @Permission('invoices', 'update')
  @ApiOperation({ operationId: 'issueInvoice', summary: 'Issue a draft: it takes the next number of the year, without gaps' })
  @ApiOkResponse({ type: InvoiceDetailDto })
  issue(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: IssueInvoiceDto): Promise<InvoiceDetailDto> {
    return this.invoices.issue(actor, id, body);
  }

  @Post(':id/void')
  @HttpCode(200)
  @Permission('invoices', 'update')
  @ApiOperation({ operationId: 'voidInvoice', summary: 'Void an issued invoice; it keeps its number' })
  @ApiOkResponse({ type: InvoiceDetailDto })
  void(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: VoidInvoiceDto): Promise<InvoiceDetailDto> {
    return this.invoices.void(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('invoices', 'delete')
  @ApiOperation({ operationId: 'deleteInvoice', summary: 'Delete a draft invoice' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.invoices.remove(actor, id);
  }
}
