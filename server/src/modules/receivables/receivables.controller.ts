import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { ReceivablesService } from './receivables.service.js';
import { AgingDto, AgingQueryDto, PaymentDto, PaymentListQueryDto, PaymentPageDto, ReceivableListQueryDto, ReceivablePageDto, RecordPaymentDto } from './receivables.dto.js';

@ApiTags('receivables')
@Controller()
export class ReceivablesController {
  constructor(private readonly receivables: ReceivablesService) {}

  @Get('receivables')
  @Permission('receivables', 'read')
  @ApiOperation({ operationId: 'listReceivables', summary: 'Instalments in scope, oldest due first; open or overdue ones on request' })
  @ApiOkResponse({ type: ReceivablePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ReceivableListQueryDto): Promise<ReceivablePageDto> {
    return this.receivables.list(actor, query);
  }

  @Get('receivables/aging')
  @Permission('receivables', 'read')
  @ApiOperation({ operationId: 'getReceivablesAging', summary: 'Outstanding amounts by age (current, 1-30, 31-60, 61-90, 90+ days) per customer, salesperson or team' })
  @ApiOkResponse({ type: AgingDto })
  aging(@CurrentActor() actor: Actor, @Query() query: AgingQueryDto): Promise<AgingDto> {
    return this.receivables.aging(actor, query);
  }

  @Get('payments')
  @Permission('receivables', 'read')
  @ApiOperation({ operationId: 'listPayments', summary: 'Payments in scope, newest first, with the instalments each settled' })
  @ApiOkResponse({ type: PaymentPageDto })
  listPayments(@CurrentActor() actor: Actor, @Query() query: PaymentListQueryDto): Promise<PaymentPageDto> {
    return this.receivables.listPayments(actor, query);
  }

  @Post('payments')
  @Permission('receivables', 'create')
  @ApiOperation({ operationId: 'recordPayment', summary: 'Record a payment (full or partial) against a contract; it settles its instalments' })
  @ApiCreatedResponse({ type: PaymentDto })
  record(@CurrentActor() actor: Actor, @Body() body: RecordPaymentDto): Promise<PaymentDto> {
    return this.receivables.record(actor, body);
  }
}
