import { Readable } from 'node:stream';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { type AuditView } from '../../common/audit/audit.service.js';
import { CustomersService } from './customers.service.js';
import { CustomerImportService } from './customer-import.service.js';
import { invalid } from '../../common/errors/app-error.js';
import {
  CreateCustomerDto,
  CreatedCustomerDto,
  CustomerDetailDto,
  CustomerDto,
  CustomerImportQueryDto,
  CustomerImportResultDto,
  CustomerListQueryDto,
  CustomerPageDto,
  CustomerStatsDto,
  DuplicateMatchDto,
  DuplicateQueryDto,
  TransferCustomerDto,
  UpdateCustomerDto,
  VersionDto,
} from './customers.dto.js';
import { AuditEntryDto, HistoryQueryDto } from '../../common/audit/audit.dto.js';

@ApiTags('customers')
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly imports: CustomerImportService,
  ) {}

  @Get()
  @Permission('customers', 'read')
  @ApiOperation({ operationId: 'listCustomers', summary: 'Customers in the user’s scope, filtered, sorted and paged' })
  @ApiOkResponse({ type: CustomerPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: CustomerListQueryDto): Promise<CustomerPageDto> {
    return this.customers.list(actor, query);
  }

  @Get('export')
  @Permission('customers', 'export')
  @ApiOperation({ operationId: 'exportCustomers', summary: 'The filtered list as CSV (UTF-8, at most 100,000 rows)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  export(@CurrentActor() actor: Actor, @Query() query: CustomerListQueryDto, @Res() reply: FastifyReply): void {
    const day = new Date().toISOString().slice(0, 10);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="customers-${day}.csv"`)
      .send(Readable.from(this.customers.exportCsv(actor, query)));
  }

  @Get('stats')
  @Permission('customers', 'read')
  @ApiOperation({ operationId: 'getCustomerStats', summary: 'Active customers in scope, counted by level, industry and region' })
  @ApiOkResponse({ type: CustomerStatsDto })
  stats(@CurrentActor() actor: Actor): Promise<CustomerStatsDto> {
    return this.customers.stats(actor);
  }

  @Get('duplicates')
  @Permission('customers', 'read')
  @ApiOperation({ operationId: 'findCustomerDuplicates', summary: 'Customers sharing a name, phone or email' })
  @ApiOkResponse({ type: [DuplicateMatchDto] })
  duplicates(@CurrentActor() actor: Actor, @Query() query: DuplicateQueryDto): Promise<DuplicateMatchDto[]> {
    return this.customers.duplicates(actor, query);
  }

  @Get(':id')
  @Permission('customers', 'read')
  @ApiOperation({ operationId: 'getCustomer', summary: 'A customer with its contacts' })
  @ApiOkResponse({ type: CustomerDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<CustomerDetailDto> {
    return this.customers.get(actor, id, true);
  }

  @Get(':id/history')
  @Permission('customers', 'read')
  @ApiOperation({ operationId: 'getCustomerHistory', summary: 'Audit entries of a customer, newest first' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  history(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: HistoryQueryDto,
  ): Promise<AuditView[]> {
    return this.customers.history(actor, id, query.beforeId);
  }

  @Post()
  @Permission('customers', 'create')
  @ApiOperation({ operationId: 'createCustomer', summary: 'Create a customer; possible duplicates are reported' })
  @ApiCreatedResponse({ type: CreatedCustomerDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCustomerDto): Promise<CreatedCustomerDto> {
    return this.customers.create(actor, body);
  }

  @Post('import')
  @Permission('customers', 'create')
  @ApiOperation({
    operationId: 'importCustomers',
    summary:
      'Import a CSV or Excel file (the file is the request body). Every row is checked as a single create would be, and for duplicates ' +
      'in the file and company-wide; a file with any bad row is rejected whole (IMPORT_REJECTED, with a report per row)',
  })
  @ApiConsumes('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: CustomerImportResultDto })
  importFile(@CurrentActor() actor: Actor, @Query() query: CustomerImportQueryDto, @Body() file: Buffer): Promise<CustomerImportResultDto> {
    if (!Buffer.isBuffer(file)) throw invalid([{ field: 'file', reason: 'send the file as the body, as text/csv or an Excel content type' }]);
    return this.imports.importFile(actor, query.format, file, query.duplicates ?? 'reject', query.dryRun ?? false);
  }

  @Patch(':id')
  @Permission('customers', 'update')
  @ApiOperation({ operationId: 'updateCustomer', summary: 'Change fields; the version read must be current' })
  @ApiOkResponse({ type: CustomerDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateCustomerDto,
  ): Promise<CustomerDto> {
    return this.customers.update(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Permission('customers', 'update')
  @ApiOperation({ operationId: 'archiveCustomer', summary: 'Archive a customer' })
  @ApiOkResponse({ type: CustomerDto })
  archive(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: VersionDto) {
    return this.customers.archive(actor, id, body);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Permission('customers', 'update')
  @ApiOperation({ operationId: 'restoreCustomer', summary: 'Bring an archived customer back' })
  @ApiOkResponse({ type: CustomerDto })
  restore(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: VersionDto) {
    return this.customers.restore(actor, id, body);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Permission('customers', 'assign')
  @ApiOperation({ operationId: 'transferCustomer', summary: 'Give the customer and its contacts to another owner' })
  @ApiOkResponse({ type: CustomerDto })
  transfer(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: TransferCustomerDto) {
    return this.customers.transfer(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('customers', 'delete')
  @ApiOperation({ operationId: 'deleteCustomer', summary: 'Delete a customer and its contacts' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.customers.remove(actor, id);
  }
}
