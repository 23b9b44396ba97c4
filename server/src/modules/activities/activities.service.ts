import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { forbidden, foundOrFail, invalid } from '../../common/errors/app-error.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { CustomersService } from '../customers/customers.service.js';
import { ContactsService } from '../customers/contacts.service.js';
import { OpportunitiesService } from '../opportunities/opportunities.service.js';
import { LeadsService } from '../leads/leads.service.js';
import { UsersService } from '../users/users.service.js';
import { Activity } from './activity.entity.js';
import { ActivitiesRepository } from './activities.repository.js';
import type { ActivityDto, ActivityListQueryDto, ActivityPageDto, CreateActivityDto, UpdateActivityDto } from './activities.dto.js';

const ENTITY = 'activity';

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activities: ActivitiesRepository,
    private readonly customers: CustomersService,
    private readonly contacts: ContactsService,
    private readonly opportunities: OpportunitiesService,
    private readonly leads: LeadsService,
    private readonly users: UsersService,
    private readonly fields: RecordFieldsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ActivityListQueryDto): Promise<ActivityPageDto> {
    const page = await this.activities.findPage(actor, actor.scope('read', 'activities'), query);
    return { ...page, items: await this.fields.present(actor, 'activities', page.items, toActivityDto) };
  }

  async get(actor: Actor, id: number): Promise<ActivityDto> {
    const row = await this.activities.table.getOne(actor.scope('read', 'activities'), id);
    return (await this.fields.present(actor, 'activities', [row], toActivityDto))[0];
  }

  /**
   * Logs a follow-up against records the user can see. The customer is derived from the contact or
   * opportunity when not given, and its follow-up clock (the customer pool's) restarts.
   */
  async create(actor: Actor, dto: CreateActivityDto): Promise<ActivityDto> {
    const { customFields, ...fields } = dto;
    const customerId = await this.relatedCustomer(actor, dto);
    const owner = foundOrFail(await this.users.findOwnerPlacement(actor.id), 'User', actor.id);
    const placement = { ownerId: owner.id, teamPath: owner.teamPath };
    if (!actor.can('create', 'activities', placement)) throw forbidden('You may not log activities');
    const writes = await this.fields.checkWrite(actor, 'activities', Activity, fields, customFields, null);
    const occurredAt = dto.occurredAt ? new Date(dto.occurredAt) : new Date();
    const id = await this.dataSource.transaction(async (manager) => {
      const values = { ...fields, occurredAt, customerId, ...placement, createdBy: actor.id, version: 1 };
      const newId = await this.activities.insert(manager, values);
      await this.fields.saveCustomFields(manager, newId, writes);
      if (customerId) await this.customers.recordFollowUp(manager, customerId, occurredAt);
      await this.audit.recordChange(manager, actor, ENTITY, 'create', newId, null, this.fields.snapshot(values, customFields ?? {}));
      return newId;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, dto: UpdateActivityDto): Promise<ActivityDto> {
    const { version, customFields, occurredAt, ...rest } = dto;
    const fields: Partial<Activity> = { ...rest, ...(occurredAt ? { occurredAt: new Date(occurredAt) } : {}) };
    await this.dataSource.transaction(async (manager) => {
      const before = await this.activities.table.getOne(actor.scope('read', 'activities'), id, manager);
      if (!actor.can('update', 'activities', before)) throw forbidden('You may not change this activity');
      const current = await this.fields.current('activities', before, manager);
      const writes = await this.fields.checkWrite(actor, 'activities', Activity, rest, customFields, current);
      await this.activities.table.updateVersioned(manager, actor.scope('update', 'activities'), id, version, fields);
      await this.fields.saveCustomFields(manager, id, writes);
      if (fields.occurredAt && before.customerId) await this.customers.recordFollowUp(manager, before.customerId, fields.occurredAt);
      await this.audit.recordChange(manager, actor, ENTITY, 'update', id, before, { ...before, ...fields });
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.activities.table.getOne(actor.scope('read', 'activities'), id, manager);
      if (!actor.can('delete', 'activities', before)) throw forbidden('You may not delete this activity');
      await this.activities.table.deleteInScope(manager, actor.scope('delete', 'activities'), id);
      await this.audit.recordChange(manager, actor, ENTITY, 'delete', id, before, null);
    });
  }

  private async relatedCustomer(actor: Actor, dto: CreateActivityDto): Promise<number | null> {
    if (dto.leadId) {
      if (dto.customerId || dto.contactId || dto.opportunityId) {
        throw invalid([{ field: 'leadId', reason: 'a lead’s follow-up belongs to the lead alone; log it on the customer once converted' }]);
      }
      await this.leads.get(actor, dto.leadId);
      return null;
    }
    if (!dto.customerId && !dto.contactId && !dto.opportunityId) {
      throw invalid([{ field: 'customerId', reason: 'an activity belongs to a lead, customer, contact or opportunity' }]);
    }
    const linked: Array<[field: string, customerId: number]> = [];
    if (dto.customerId) linked.push(['customerId', (await this.customers.get(actor, dto.customerId)).id]);
    if (dto.contactId) linked.push(['contactId', (await this.contacts.get(actor, dto.contactId)).customerId]);
    if (dto.opportunityId) linked.push(['opportunityId', (await this.opportunities.get(actor, dto.opportunityId)).customer.id]);
    const mismatch = linked.find(([, customerId]) => customerId !== linked[0][1]);
    if (mismatch) throw invalid([{ field: mismatch[0], reason: `belongs to another customer than ${linked[0][0]}` }]);
    return linked[0][1];
  }
}

export function toActivityDto(row: Activity, customFields: Record<string, unknown>): ActivityDto {
  return {
    id: row.id,
    activityType: row.activityType,
    subject: row.subject,
    content: row.content,
    occurredAt: row.occurredAt,
    outcome: row.outcome,
    nextFollowUpOn: row.nextFollowUpOn,
    customerId: row.customerId,
    contactId: row.contactId,
    opportunityId: row.opportunityId,
    leadId: row.leadId,
    ownerId: row.ownerId,
    customFields,
    createdAt: row.createdAt,
    version: row.version,
  };
}
