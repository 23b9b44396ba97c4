import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { whereInScope } from '../../common/access/scope-query.js';
import type { AccessScope } from '../../common/access/scope-query.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { Page } from '../../common/pagination/paginate.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { Opportunity, OpportunityStageChange } from '../opportunities/opportunity.entity.js';
import { Activity } from './activity.entity.js';
import type { ActivityListQueryDto } from './activities.dto.js';

export const ACTIVITY_SORTS = { occurredAt: 'occurredAt', createdAt: 'createdAt' };

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

@Injectable()
export class ActivitiesRepository {
  readonly table: ScopedTable<Activity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly fields: RecordFieldsService,
  ) {
    this.table = new ScopedTable(dataSource, Activity, 'a', 'Activity');
  }

  async findPage(actor: Actor, scope: AccessScope, query: ActivityListQueryDto): Promise<Page<Activity>> {
    const qb = this.table.select(scope);
    for (const field of ['customerId', 'contactId', 'opportunityId', 'leadId', 'activityType', 'ownerId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`a.${field} = :${field}`, { [field]: query[field] });
    }
    if (query.from) qb.andWhere('a.occurredAt >= :from', { from: dayStart(query.from) });
    if (query.to) qb.andWhere('a.occurredAt < :to', { to: nextDayStart(query.to) });
    if (query.followUpDueBy) qb.andWhere('a.nextFollowUpOn <= :due', { due: query.followUpDueBy });
    const { orderBy } = await this.fields.applyListOptions(actor, 'activities', qb, 'a', query as never, []);
    return paginate(qb, 'a', query, ACTIVITY_SORTS, { key: 'occurredAt', order: 'desc' }, { orderBy });
  }

  async insert(manager: EntityManager, values: Partial<Activity>): Promise<number> {
    const { identifiers } = await manager.insert(Activity, values);
    return Number(identifiers[0].id);
  }

  /** A customer's activities up to `until`, newest first, in the reader's scope. */
  forCustomer(scope: AccessScope, customerId: number, until: Date | null, limit: number): Promise<Activity[]> {
    return this.table
      .select(scope)
      .andWhere('a.customerId = :customerId', { customerId })
      .andWhere(until ? 'a.occurredAt <= :until' : '1 = 1', { until })
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** The customer's opportunities opened up to `until`, in scope. */
  opportunitiesOf(scope: AccessScope, customerId: number, until: Date | null, limit: number): Promise<Opportunity[]> {
    const qb = this.dataSource.createQueryBuilder(Opportunity, 'o');
    return whereInScope(qb, 'o', scope)
      .andWhere('o.customerId = :customerId', { customerId })
      .andWhere(until ? 'o.createdAt <= :until' : '1 = 1', { until })
      .orderBy('o.createdAt', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Stage moves of the customer's opportunities up to `until`, in the opportunity scope. */
  stageChangesOf(scope: AccessScope, customerId: number, until: Date | null, limit: number) {
    const qb = this.dataSource
      .createQueryBuilder(OpportunityStageChange, 'h')
      .innerJoinAndMapOne('h.opportunity', Opportunity, 'o', 'o.id = h.opportunityId');
    return whereInScope(qb, 'o', scope)
      .andWhere('o.customerId = :customerId', { customerId })
      .andWhere(until ? 'h.changedAt <= :until' : '1 = 1', { until })
      .orderBy('h.changedAt', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .limit(limit)
      .getMany() as Promise<Array<OpportunityStageChange & { opportunity: Opportunity }>>;
  }
}
