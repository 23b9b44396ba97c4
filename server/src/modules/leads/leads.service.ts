import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { EXTERNAL_ACTOR } from '../../common/audit/audit.service.js';
import type { AuditActor } from '../../common/audit/audit.service.js';
import { conflict, forbidden, foundOrFail, invalid, unauthorized } from '../../common/errors/app-error.js';
import { validateRows } from './lead-import.js';
import { importRejected } from '../../common/import/import-report.js';
import { type ImportFormat, readSheet } from '../../common/import/spreadsheet.js';
import type { AuditView } from '../../common/audit/audit.service.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { updateVersioned } from '../../common/database/versioned-update.js';
import { CustomersService } from '../customers/customers.service.js';
import { ContactsService } from '../customers/contacts.service.js';
import { OpportunitiesService } from '../opportunities/opportunities.service.js';
import { TeamsService } from '../teams/teams.service.js';
import { UsersService } from '../users/users.service.js';
import { ApiToken, Lead, LeadRule } from './lead.entity.js';
import { LeadAssignment } from './lead-assignment.js';
import { LeadsRepository } from './leads.repository.js';
import type {
  ApiTokenDto,
  ApiTokenInputDto,
  ConvertLeadDto,
  CreateLeadDto,
  CreatedApiTokenDto,
  IntakeLeadDto,
  ImportResultDto,
  IntakeResultDto,
  LeadDto,
  LeadListQueryDto,
  LeadPageDto,
  LeadRuleDto,
  LeadRuleInputDto,
  UpdateLeadDto,
} from './leads.dto.js';

const ENTITY = 'lead';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class LeadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadsRepository,
    private readonly assignment: LeadAssignment,
    private readonly customers: CustomersService,
    private readonly contacts: ContactsService,
    private readonly opportunities: OpportunitiesService,
    private readonly teams: TeamsService,
    private readonly users: UsersService,
    private readonly fields: RecordFieldsService,
    private readonly audit: AuditService,
  ) {}

  /** The user's leads, or with pool=true the ownerless ones waiting in their team or above. */
  async list(actor: Actor, query: LeadListQueryDto): Promise<LeadPageDto> {
    const scope = query.pool ? actor.poolScope('leads') : actor.scope('read', 'leads');
    const page = await this.leads.findPage(scope, query);
    return { ...page, items: await this.fields.present(actor, 'leads', page.items, toLeadDto) };
  }

  async get(actor: Actor, id: number): Promise<LeadDto> {
    const lead = (await this.leads.table.findOne(actor.scope('read', 'leads'), id)) ?? (await this.leads.table.findOne(actor.poolScope('leads'), id));
    return (await this.fields.present(actor, 'leads', [foundOrFail(lead, 'Lead', id)], toLeadDto))[0];
  }

  async history(actor: Actor, id: number, beforeId?: number): Promise<AuditView[]> {
    await this.get(actor, id);
    return this.fields.redactHistory(actor, 'leads', await this.audit.historyOf(ENTITY, id, 50, beforeId));
  }

  async create(actor: Actor, dto: CreateLeadDto): Promise<LeadDto> {
    const { assign = 'me', customFields, ...fields } = dto;
    const writes = await this.fields.checkWrite(actor, 'leads', Lead, fields, customFields, null);
    const id = await this.dataSource.transaction(async (manager) => {
      const me = foundOrFail(await this.users.findOwnerPlacement(actor.id), 'User', actor.id);
      const placement =
        assign === 'me'
          ? { ownerId: me.id, teamPath: me.teamPath }
          : assign === 'pool'
            ? { ownerId: null, teamPath: me.teamPath }
            : await this.assignment.place(manager, fields, me.teamPath);
      if (assign === 'me' && !actor.can('create', 'leads', placement)) throw forbidden('You may not create leads');
      const newId = await this.insert(manager, actor, { ...fields, ...placement });
      await this.fields.saveCustomFields(manager, newId, writes);
      return newId;
    });
    return this.get(actor, id);
  }

  /**
   * A lead from the company's website: authenticated by an API token, placed by the assignment
   * rules, waiting in the token's team pool when no rule places it.
   */
  async intake(token: string | undefined, dto: IntakeLeadDto): Promise<IntakeResultDto> {
    const apiToken = token ? await this.leads.tokenByHash(sha256(token)) : null;
    if (!apiToken) throw unauthorized('API_TOKEN_INVALID', 'A valid X-Api-Token header is required');
    await this.checkPicklists(dto);
    const team = foundOrFail(await this.teams.findById(apiToken.teamId), 'Team', apiToken.teamId);
    const result = await this.dataSource.transaction(async (manager) => {
      const placement = await this.assignment.place(manager, { ...dto, source: dto.source ?? 'website' }, team.teamPath);
      const id = await this.insert(manager, EXTERNAL_ACTOR, { ...dto, source: dto.source ?? 'website', ...placement });
      await manager.update(ApiToken, { id: apiToken.id }, { lastUsedAt: new Date() });
      return { id, assigned: placement.ownerId !== null };
    });
    return result;
  }

  /**
   * Imports a CSV or Excel file of leads: every row is validated first, and a file with any bad row
   * is rejected whole with a per-row report; otherwise all rows go in one transaction.
   */
  async importFile(actor: Actor, format: ImportFormat, file: Buffer, assign: 'me' | 'rules' | 'pool'): Promise<ImportResultDto> {
    const { leads, problems } = validateRows(await readSheet(format, file));
    for (const [i, lead] of leads.entries()) {
      for (const problem of await this.fields.picklistProblems(Lead, lead)) problems.push({ row: i + 2, ...problem });
    }
    if (problems.length) {
      throw importRejected(problems);
    }
    const me = foundOrFail(await this.users.findOwnerPlacement(actor.id), 'User', actor.id);
    if (assign === 'me' && !actor.can('create', 'leads', { ownerId: me.id, teamPath: me.teamPath })) throw forbidden('You may not create leads');
    return this.dataSource.transaction(async (manager) => {
      const rowsToInsert: Array<Partial<Lead> & { ownerId: number | null }> = [];
      for (const lead of leads) {
        const placement =
          assign === 'me' ? { ownerId: me.id, teamPath: me.teamPath } : assign === 'pool' ? { ownerId: null, teamPath: me.teamPath } : await this.assignment.place(manager, lead, me.teamPath);
        rowsToInsert.push({ ...lead, ...placement, status: 'new' as const, createdBy: actor.id, version: 1 });
      }
      const ids: number[] = [];
      for (let i = 0; i < rowsToInsert.length; i += 500) {
        const { identifiers } = await manager.insert(Lead, rowsToInsert.slice(i, i + 500));
        ids.push(...identifiers.map((identifier) => Number(identifier.id)));
      }
      await this.audit.recordMany(
        manager,
        ids.map((entityId, i) => ({ entityType: ENTITY, entityId, action: 'create' as const, actorId: actor.id, requestId: actor.requestId, before: null, after: rowsToInsert[i] })),
      );
      return { imported: ids.length, assigned: rowsToInsert.filter((row) => row.ownerId !== null).length };
    });
  }

  async update(actor: Actor, id: number, dto: UpdateLeadDto): Promise<LeadDto> {
    const { version, customFields, ...changes } = dto;
    await this.dataSource.transaction(async (manager) => {
      const before = await this.leads.table.getOne(actor.scope('read', 'leads'), id, manager);
      if (!actor.can('update', 'leads', before)) throw forbidden('You may not change this lead');
      if (before.status === 'converted') throw conflict('LEAD_CONVERTED', 'A converted lead cannot be changed');
      if (changes.status === 'disqualified' && !(changes.disqualifyReason ?? before.disqualifyReason)) {
        throw invalid([{ field: 'disqualifyReason', reason: 'is required when disqualifying a lead' }]);
      }
      const current = await this.fields.current('leads', before, manager);
      const writes = await this.fields.checkWrite(actor, 'leads', Lead, changes, customFields, current);
      await this.leads.table.updateVersioned(manager, actor.scope('update', 'leads'), id, version, changes);
      await this.fields.saveCustomFields(manager, id, writes);
      const after = await this.fields.current('leads', { ...before, ...changes }, manager);
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, this.fields.snapshot(before, current.customFields), this.fields.snapshot(after.row, after.customFields));
    });
    return this.get(actor, id);
  }

  /** Takes a lead from the pool. Two people claiming at once: the first wins, the second gets 409. */
  async claim(actor: Actor, id: number): Promise<LeadDto> {
    const me = foundOrFail(await this.users.findOwnerPlacement(actor.id), 'User', actor.id);
    await this.dataSource.transaction(async (manager) => {
      const lead = await this.leads.table.findOne(actor.poolScope('leads'), id, manager);
      if (!lead) {
        if (await this.leads.table.findOne(actor.scope('read', 'leads'), id, manager)) throw conflict('LEAD_NOT_IN_POOL', 'Someone already owns this lead');
        throw foundOrFail(null, 'Lead', id);
      }
      const taken = await updateVersioned(manager, Lead, id, lead.version, { ownerId: me.id, teamPath: me.teamPath });
      if (!taken) throw conflict('LEAD_NOT_IN_POOL', 'Someone claimed this lead first');
      await this.audit.recordChange(manager, actor, ENTITY, 'transfer', id, { ownerId: null }, { ownerId: me.id });
    });
    return this.get(actor, id);
  }

  /** Gives a lead back to the owner's team pool. */
  async release(actor: Actor, id: number): Promise<LeadDto> {
    await this.dataSource.transaction(async (manager) => {
      const lead = await this.leads.table.getOne(actor.scope('update', 'leads'), id, manager);
      if (lead.status === 'converted') throw conflict('LEAD_CONVERTED', 'A converted lead cannot be released');
      await this.leads.table.updateVersioned(manager, actor.scope('update', 'leads'), id, undefined, { ownerId: null });
      await this.audit.recordChange(manager, actor, ENTITY, 'transfer', id, { ownerId: lead.ownerId }, { ownerId: null });
    });
    return this.get(actor, id);
  }

  /**
   * Turns a qualified lead into a customer (or attaches it to an existing one), a contact and
   * optionally an opportunity, in one transaction; the lead keeps links to what it became.
   */
  async convert(actor: Actor, id: number, dto: ConvertLeadDto): Promise<LeadDto> {
    const lead = await this.leads.table.getOne(actor.scope('update', 'leads'), id);
    if (lead.status !== 'qualified') throw conflict('LEAD_NOT_QUALIFIED', 'Only a qualified lead can be converted');
    const customerName = dto.customerName ?? lead.company ?? lead.name;
    if (!dto.existingCustomerId && !dto.ignoreDuplicates) {
      const matches = await this.customers.duplicates(actor, { name: customerName, phone: lead.phone ?? undefined, email: lead.email ?? undefined });
      if (matches.length) {
        throw conflict('POSSIBLE_DUPLICATE', 'Customers like this exist: attach the lead to one, or convert anyway', matches);
      }
    }
    await this.dataSource.transaction(async (manager) => {
      const customerId = dto.existingCustomerId
        ? (await this.customers.getWithin(manager, actor, dto.existingCustomerId)).id
        : await this.customers.createWithin(manager, actor, {
            name: customerName,
            phone: lead.phone,
            email: lead.email,
            source: lead.source,
            industry: lead.industry,
            region: lead.region,
            customerType: lead.company ? 'company' : 'person',
          });
      const contactId = await this.contacts.createWithin(manager, actor, { customerId, name: lead.name, mobile: lead.phone, email: lead.email, isPrimary: !dto.existingCustomerId });
      const opportunityId = dto.opportunity
        ? await this.opportunities.createWithin(manager, actor, { ...dto.opportunity, customerId })
        : null;
      if (opportunityId) await this.opportunities.attachContacts(manager, opportunityId, [contactId]);
      const links = { status: 'converted' as const, convertedCustomerId: customerId, convertedContactId: contactId, convertedOpportunityId: opportunityId, convertedAt: new Date() };
      await this.leads.table.updateVersioned(manager, actor.scope('update', 'leads'), id, lead.version, links);
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, { status: lead.status }, links);
    });
    return this.get(actor, id);
  }

  async rules(): Promise<LeadRuleDto[]> {
    return (await this.leads.rules()).map(toRuleDto);
  }

  async saveRule(actor: Actor, dto: LeadRuleInputDto, id?: number): Promise<LeadRuleDto[]> {
    if (dto.matchField && !dto.matchValue) throw invalid([{ field: 'matchValue', reason: 'is required with a match field' }]);
    if (!(await this.teams.findById(dto.teamId))) throw invalid([{ field: 'teamId', reason: 'is not a team' }]);
    const values = { name: dto.name, matchField: dto.matchField ?? null, matchValue: dto.matchField ? dto.matchValue! : null, teamId: dto.teamId, priority: dto.priority ?? 0, isActive: dto.isActive ?? true };
    await this.dataSource.transaction(async (manager) => {
      if (id === undefined) {
        const { identifiers } = await manager.insert(LeadRule, { ...values, createdBy: actor.id, version: 1 });
        await this.audit.recordChange(manager, actor, 'lead_rule', 'create', Number(identifiers[0].id), null, values);
      } else {
        const before = foundOrFail(await manager.findOneBy(LeadRule, { id }), 'Rule', id);
        await updateVersioned(manager, LeadRule, id, undefined, values);
        await this.audit.recordChange(manager, actor, 'lead_rule', 'update', id, before, values);
      }
    });
    return this.rules();
  }

  async tokens(): Promise<ApiTokenDto[]> {
    return (await this.leads.tokens()).map(toTokenDto);
  }

  async createToken(actor: Actor, dto: ApiTokenInputDto): Promise<CreatedApiTokenDto> {
    if (!(await this.teams.findById(dto.teamId))) throw invalid([{ field: 'teamId', reason: 'is not a team' }]);
    const token = `crm_${randomBytes(24).toString('base64url')}`;
    const id = await this.dataSource.transaction(async (manager) => {
      const values = { name: dto.name, teamId: dto.teamId, tokenHash: sha256(token), tokenHint: token.slice(0, 10), isActive: true };
      const { identifiers } = await manager.insert(ApiToken, { ...values, createdBy: actor.id, version: 1 });
      const newId = Number(identifiers[0].id);
      await this.audit.recordChange(manager, actor, 'api_token', 'create', newId, null, { name: dto.name, teamId: dto.teamId });
      return newId;
    });
    const saved = foundOrFail((await this.leads.tokens()).find((t) => t.id === id), 'Token', id);
    return { ...toTokenDto(saved), token };
  }

  async revokeToken(actor: Actor, id: number): Promise<ApiTokenDto[]> {
    await this.dataSource.transaction(async (manager) => {
      foundOrFail(await manager.findOneBy(ApiToken, { id }), 'Token', id);
      await updateVersioned(manager, ApiToken, id, undefined, { isActive: false });
      await this.audit.recordChange(manager, actor, 'api_token', 'archive', id, { isActive: true }, { isActive: false });
    });
    return this.tokens();
  }

  private async checkPicklists(fields: object): Promise<void> {
    const problems = await this.fields.picklistProblems(Lead, fields);
    if (problems.length) throw invalid(problems);
  }

  private async insert(manager: EntityManager, actor: AuditActor, values: Partial<Lead>): Promise<number> {
    const row = { ...values, status: 'new' as const, createdBy: actor.id, version: 1 };
    const id = await this.leads.insert(manager, row);
    await this.audit.recordChange(manager, actor, ENTITY, 'create', id, null, row);
    return id;
  }
}

export function toLeadDto(lead: Lead, customFields: Record<string, unknown>): LeadDto {
  return {
    id: lead.id,
    name: lead.name,
    company: lead.company,
    phone: lead.phone,
    email: lead.email,
    source: lead.source,
    campaign: lead.campaign,
    industry: lead.industry,
    region: lead.region,
    status: lead.status,
    disqualifyReason: lead.disqualifyReason,
    notes: lead.notes,
    ownerId: lead.ownerId,
    convertedCustomerId: lead.convertedCustomerId,
    convertedContactId: lead.convertedContactId,
    convertedOpportunityId: lead.convertedOpportunityId,
    convertedAt: lead.convertedAt,
    customFields,
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
    version: lead.version,
  };
}

function toRuleDto(rule: LeadRule): LeadRuleDto {
  const { id, name, matchField, matchValue, teamId, priority, isActive } = rule;
  return { id, name, matchField, matchValue, teamId, priority, isActive };
}

function toTokenDto(token: ApiToken): ApiTokenDto {
  const { id, name, tokenHint, teamId, isActive, lastUsedAt } = token;
  return { id, name, tokenHint, teamId, isActive, lastUsedAt };
}
