import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { invalid } from '../../common/errors/app-error.js';
import { CurrentActor, Permission, Public } from '../../common/access/decorators.js';
import { Actor } from '../../common/access/actor.js';
import { AuditEntryDto, HistoryQueryDto } from '../../common/audit/audit.dto.js';
import type { AuditView } from '../../common/audit/audit.service.js';
import { LeadsService } from './leads.service.js';
import {
  ApiTokenDto,
  ApiTokenInputDto,
  ConvertLeadDto,
  CreateLeadDto,
  CreatedApiTokenDto,
  ImportQueryDto,
  ImportResultDto,
  IntakeLeadDto,
  IntakeResultDto,
  LeadDto,
  LeadListQueryDto,
  LeadPageDto,
  LeadRuleDto,
  LeadRuleInputDto,
  UpdateLeadDto,
} from './leads.dto.js';

@ApiTags('leads')
@Controller('leads')
export class LeadsController {
  constructor(private readonly leads: LeadsService) {}

  @Get()
  @Permission('leads', 'read')
  @ApiOperation({ operationId: 'listLeads', summary: 'Leads in scope, or (pool=true) the pool the user may claim from' })
  @ApiOkResponse({ type: LeadPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: LeadListQueryDto): Promise<LeadPageDto> {
    return this.leads.list(actor, query);
  }

  @Get('rules')
  @Permission('settings', 'read')
  @ApiOperation({ operationId: 'listLeadRules', summary: 'Assignment rules, highest priority first' })
  @ApiOkResponse({ type: [LeadRuleDto] })
  rules(): Promise<LeadRuleDto[]> {
    return this.leads.rules();
  }

  @Post('rules')
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'createLeadRule', summary: 'Add an assignment rule' })
  @ApiCreatedResponse({ type: [LeadRuleDto] })
  createRule(@CurrentActor() actor: Actor, @Body() body: LeadRuleInputDto): Promise<LeadRuleDto[]> {
    return this.leads.saveRule(actor, body);
  }

  @Put('rules/:id')
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'updateLeadRule', summary: 'Change an assignment rule' })
  @ApiOkResponse({ type: [LeadRuleDto] })
  updateRule(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: LeadRuleInputDto): Promise<LeadRuleDto[]> {
    return this.leads.saveRule(actor, body, id);
  }

  @Get('api-tokens')
  @Permission('settings', 'read')
  @ApiOperation({ operationId: 'listApiTokens', summary: 'Tokens website forms post leads with' })
  @ApiOkResponse({ type: [ApiTokenDto] })
  tokens(): Promise<ApiTokenDto[]> {
    return this.leads.tokens();
  }

  @Post('api-tokens')
  @Permission('settings', 'create')
  @ApiOperation({ operationId: 'createApiToken', summary: 'Issue a token (shown once)' })
  @ApiCreatedResponse({ type: CreatedApiTokenDto })
  createToken(@CurrentActor() actor: Actor, @Body() body: ApiTokenInputDto): Promise<CreatedApiTokenDto> {
    return this.leads.createToken(actor, body);
  }

  @Post('api-tokens/:id/revoke')
  @HttpCode(200)
  @Permission('settings', 'update')
  @ApiOperation({ operationId: 'revokeApiToken', summary: 'Stop a token working' })
  @ApiOkResponse({ type: [ApiTokenDto] })
  revokeToken(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ApiTokenDto[]> {
    return this.leads.revokeToken(actor, id);
  }

  @Post('import')
  @Permission('leads', 'create')
  @ApiOperation({
    operationId: 'importLeads',
    summary: 'Import a CSV or Excel file (the file is the request body); a file with any bad row is rejected whole, with a report per row',
  })
  @ApiConsumes('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ImportResultDto })
  importFile(@CurrentActor() actor: Actor, @Query() query: ImportQueryDto, @Body() file: Buffer): Promise<ImportResultDto> {
    if (!Buffer.isBuffer(file)) throw invalid([{ field: 'file', reason: 'send the file as the body, as text/csv or an Excel content type' }]);
    return this.leads.importFile(actor, query.format, file, query.assign ?? 'me');
  }

  @Get(':id')
  @Permission('leads', 'read')
  @ApiOperation({ operationId: 'getLead', summary: 'A lead (one of the user’s, or one in their pool)' })
  @ApiOkResponse({ type: LeadDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<LeadDto> {
    return this.leads.get(actor, id);
  }

  @Get(':id/history')
  @Permission('leads', 'read')
  @ApiOperation({ operationId: 'getLeadHistory', summary: 'Audit entries of a lead, newest first' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  history(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Query() query: HistoryQueryDto): Promise<AuditView[]> {
    return this.leads.history(actor, id, query.beforeId);
  }

  @Post()
  @Permission('leads', 'create')
  @ApiOperation({ operationId: 'createLead', summary: 'Enter a lead: kept, assigned by the rules, or put in the pool' })
  @ApiCreatedResponse({ type: LeadDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateLeadDto): Promise<LeadDto> {
    return this.leads.create(actor, body);
  }

  @Patch(':id')
  @Permission('leads', 'update')
  @ApiOperation({ operationId: 'updateLead', summary: 'Change a lead, its status or disqualify it with a reason' })
  @ApiOkResponse({ type: LeadDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateLeadDto): Promise<LeadDto> {
    return this.leads.update(actor, id, body);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Permission('leads', 'update')
  @ApiOperation({ operationId: 'claimLead', summary: 'Take a lead from the pool' })
  @ApiOkResponse({ type: LeadDto })
  claim(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<LeadDto> {
    return this.leads.claim(actor, id);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Permission('leads', 'update')
  @ApiOperation({ operationId: 'releaseLead', summary: 'Give a lead back to the team pool' })
  @ApiOkResponse({ type: LeadDto })
  release(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<LeadDto> {
    return this.leads.release(actor, id);
  }

  @Post(':id/convert')
  @HttpCode(200)
  @Permission('leads', 'update')
  @ApiOperation({ operationId: 'convertLead', summary: 'Turn a qualified lead into a customer, contact and optional opportunity' })
  @ApiOkResponse({ type: LeadDto })
  convert(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() body: ConvertLeadDto): Promise<LeadDto> {
    return this.leads.convert(actor, id, body);
  }
}

/** Per client address; the limit itself is LOGIN_RATE_LIMIT, as for logins. */
const INTAKE_RATE_LIMIT = { rateLimit: { timeWindow: '1 minute' } };

@ApiTags('leads')
@Controller('intake')
export class LeadIntakeController {
  constructor(private readonly leads: LeadsService) {}

  @Post('leads')
  @Public()
  @RouteConfig(INTAKE_RATE_LIMIT)
  @ApiHeader({ name: 'X-Api-Token', required: true, description: 'A token issued under Settings' })
  @ApiOperation({ operationId: 'intakeLead', summary: 'Receive a lead from the company website (API token, rate limited)' })
  @ApiCreatedResponse({ type: IntakeResultDto })
  intake(@Headers('x-api-token') token: string | undefined, @Body() body: IntakeLeadDto): Promise<IntakeResultDto> {
    return this.leads.intake(token, body);
  }
}
