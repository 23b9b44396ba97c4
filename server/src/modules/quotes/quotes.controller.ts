import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Permission } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { QuotesService } from './quotes.service.js';
import { TeamsService } from '../teams/teams.service.js';
import { renderQuote } from './quote-print.js';
import {
  ApprovalDecisionDto,
  CreateQuoteDto,
  PrintQueryDto,
  QuoteActionDto,
  QuoteDetailDto,
  QuoteDto,
  QuoteListQueryDto,
  QuotePageDto,
  UpdateQuoteDto,
} from './quotes.dto.js';

@ApiTags('quotes')
@Controller('quotes')
export class QuotesController {
  constructor(
    private readonly quotes: QuotesService,
    private readonly teams: TeamsService,
  ) {}

  @Get()
  @Permission('quotes', 'read')
  @ApiOperation({ operationId: 'listQuotes', summary: 'Quotes in scope, filtered and paged' })
  @ApiOkResponse({ type: QuotePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: QuoteListQueryDto): Promise<QuotePageDto> {
    return this.quotes.list(actor, query);
  }

  @Get('approvals')
  @Permission('quotes', 'read')
  @ApiOperation({ operationId: 'listQuotesAwaitingMe', summary: 'Quotes waiting for the current user’s approval, oldest first' })
  @ApiOkResponse({ type: [QuoteDto] })
  awaitingMe(@CurrentActor() actor: Actor): Promise<QuoteDto[]> {
    return this.quotes.awaitingMe(actor);
  }

  @Get(':id')
  @Permission('quotes', 'read')
  @ApiOperation({ operationId: 'getQuote', summary: 'A quote with lines, approvals and its other revisions' })
  @ApiOkResponse({ type: QuoteDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<QuoteDetailDto> {
    return this.quotes.get(actor, id);
  }

  @Get(':id/print')
  @Permission('quotes', 'read')
  @ApiOperation({ operationId: 'printQuote', summary: 'The printable quote (HTML; print or save as PDF from the browser)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ schema: { type: 'string' } })
  async print(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Query() query: PrintQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [quote, company] = await Promise.all([this.quotes.get(actor, id), this.teams.companyName()]);
    void reply.header('content-type', 'text/html; charset=utf-8').send(renderQuote(quote, company, query.locale ?? actor.profile.locale));
  }

  @Post()
  @Permission('quotes', 'create')
  @ApiOperation({ operationId: 'createQuote', summary: 'A draft quote for a customer or an opportunity; lines priced from the customer’s price list' })
  @ApiCreatedResponse({ type: QuoteDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateQuoteDto): Promise<QuoteDetailDto> {
    return this.quotes.create(actor, body);
  }

  @Patch(':id')
  @Permission('quotes', 'update')
  @ApiOperation({ operationId: 'updateQuote', summary: 'Change a draft or rejected quote; the version read must be current' })
  @ApiOkResponse({ type: QuoteDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateQuoteDto): Promise<QuoteDetailDto> {
    return this.quotes.update(actor, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Permission('quotes', 'update')
  @ApiOperation({ operationId: 'submitQuote', summary: 'Ask for approval of a discount beyond the author’s limit (approved at once within it)' })
  @ApiOkResponse({ type: QuoteDetailDto })
  submit(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: QuoteActionDto): Promise<QuoteDetailDto> {
    return this.quotes.submit(actor, id, body);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Permission('quotes', 'read')
  @ApiOperation({ operationId: 'approveQuote', summary: 'Approve a quote waiting for the current user' })
  @ApiOkResponse({ type: QuoteDetailDto })
  approve(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: ApprovalDecisionDto): Promise<QuoteDetailDto> {
    return this.quotes.approve(actor, id, body);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Permission('quotes', 'read')
  @ApiOperation({ operationId: 'rejectQuote', summary: 'Reject a quote waiting for the current user, saying why' })
  @ApiOkResponse({ type: QuoteDetailDto })
  reject(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: ApprovalDecisionDto): Promise<QuoteDetailDto> {
    return this.quotes.reject(actor, id, body);
  }

  @Post(':id/send')
  @HttpCode(200)
  @Permission('quotes', 'update')
  @ApiOperation({ operationId: 'sendQuote', summary: 'Mark the quote sent to the customer (needs approval first beyond the author’s limit)' })
  @ApiOkResponse({ type: QuoteDetailDto })
  send(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: QuoteActionDto): Promise<QuoteDetailDto> {
    return this.quotes.send(actor, id, body);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Permission('quotes', 'update')
  @ApiOperation({ operationId: 'acceptQuote', summary: 'Record that the customer accepted a sent quote' })
  @ApiOkResponse({ type: QuoteDetailDto })
  accept(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: QuoteActionDto): Promise<QuoteDetailDto> {
    return this.quotes.answer(actor, id, body, 'accepted');
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Permission('quotes', 'update')
  @ApiOperation({ operationId: 'declineQuote', summary: 'Record that the customer declined a sent quote' })
  @ApiOkResponse({ type: QuoteDetailDto })
  decline(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: QuoteActionDto): Promise<QuoteDetailDto> {
    return this.quotes.answer(actor, id, body, 'declined');
  }

  @Post(':id/revise')
  @HttpCode(200)
  @Permission('quotes', 'update')
  @ApiOperation({ operationId: 'reviseQuote', summary: 'A new draft revision of a quote that left draft; the old one stays readable' })
  @ApiOkResponse({ type: QuoteDetailDto })
  revise(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: QuoteActionDto): Promise<QuoteDetailDto> {
    return this.quotes.revise(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('quotes', 'delete')
  @ApiOperation({ operationId: 'deleteQuote', summary: 'Delete a draft quote' })
  @ApiNoContentResponse()
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.quotes.remove(actor, id);
  }
}
