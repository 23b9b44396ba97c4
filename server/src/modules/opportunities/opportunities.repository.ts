import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import type { AccessScope } from '../../common/access/scope-query.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { containsInsensitive, likePattern } from '../../common/database/dialect.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { Page } from '../../common/pagination/paginate.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { Customer } from '../customers/customer.entity.js';
import { User } from '../users/user.entity.js';
import { Product } from '../products/product.entity.js';
import { Opportunity, OpportunityContact, OpportunityLine, OpportunityStageChange, Pipeline, PipelineStage } from './opportunity.entity.js';
import type { OpportunityListQueryDto } from './opportunities.dto.js';

export const OPPORTUNITY_SORTS = { name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt', stageEnteredAt: 'stageEnteredAt' };

export type OpportunityRow = Opportunity & { customerName?: string; ownerName?: string };

@Injectable()
export class OpportunitiesRepository {
  readonly table: ScopedTable<Opportunity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly fields: RecordFieldsService,
  ) {
    this.table = new ScopedTable(dataSource, Opportunity, 'o', 'Opportunity');
  }

  async findPage(actor: Actor, scope: AccessScope, query: OpportunityListQueryDto): Promise<Page<OpportunityRow>> {
    const qb = this.table.select(scope);
    if (query.q) qb.andWhere(containsInsensitive(this.dataSource, 'o.name', 'q'), { q: likePattern(query.q, 'contains') });
    for (const field of ['customerId', 'pipelineId', 'stageId', 'status', 'ownerId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`o.${field} = :${field}`, { [field]: query[field] });
    }
    if (query.closeFrom) qb.andWhere('o.expectedCloseDate >= :closeFrom', { closeFrom: query.closeFrom });
    if (query.closeTo) qb.andWhere('o.expectedCloseDate <= :closeTo', { closeTo: query.closeTo });
    const { orderBy } = await this.fields.applyListOptions(actor, 'opportunities', qb, 'o', query as never, []);
    return paginate(qb, 'o', query, OPPORTUNITY_SORTS, { key: 'createdAt', order: 'desc' }, { orderBy, enrich: (rows) => this.withNames(rows) });
  }

  /** Customer and owner names of many opportunities, in two queries. */
  async withNames(rows: Opportunity[]): Promise<OpportunityRow[]> {
    const customerIds = [...new Set(rows.map((r) => r.customerId))];
    const ownerIds = [...new Set(rows.map((r) => r.ownerId).filter((id): id is number => id !== null))];
    const [customers, owners] = await Promise.all([
      customerIds.length ? this.dataSource.getRepository(Customer).find({ select: { id: true, name: true }, where: { id: In(customerIds) } }) : [],
      ownerIds.length ? this.dataSource.getRepository(User).find({ select: { id: true, displayName: true }, where: { id: In(ownerIds) } }) : [],
    ]);
    const customerName = new Map(customers.map((c) => [c.id, c.name]));
    const ownerName = new Map(owners.map((o) => [o.id, o.displayName]));
    return rows.map((row) => Object.assign(row, { customerName: customerName.get(row.customerId), ownerName: row.ownerId === null ? undefined : ownerName.get(row.ownerId) }));
  }

  /** Per stage of a pipeline: count and summed amount in scope, and the most recently moved cards. */
  async board(scope: AccessScope, pipelineId: number, stageIds: number[], perStage: number, ownerId?: number) {
    const base = () => {
      const qb = this.table.select(scope).andWhere('o.pipelineId = :pipelineId', { pipelineId });
      if (ownerId) qb.andWhere('o.ownerId = :ownerId', { ownerId });
      return qb;
    };
    const totals = await base()
      .select('o.stageId', 'stage_id')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(o.amount)', 'total')
      .groupBy('o.stageId')
      .getRawMany<Record<string, unknown>>();
    const cards = await Promise.all(
      stageIds.map((stageId) =>
        base().andWhere('o.stageId = :stageId', { stageId }).orderBy('o.stageEnteredAt', 'DESC').addOrderBy('o.id', 'DESC').limit(perStage).getMany(),
      ),
    );
    return {
      totals: new Map(
        totals.map((row) => [Number(row.stage_id ?? row.STAGE_ID), { count: Number(row.n ?? row.N), total: String(row.total ?? row.TOTAL ?? '0') }]),
      ),
      cards: new Map(stageIds.map((stageId, i) => [stageId, cards[i]])),
    };
  }

  async insert(manager: EntityManager, values: Partial<Opportunity>): Promise<number> {
    const { identifiers } = await manager.insert(Opportunity, values);
    return Number(identifiers[0].id);
  }

  async replaceLines(manager: EntityManager, opportunityId: number, lines: Array<Omit<OpportunityLine, 'id' | 'opportunityId'>>) {
    await manager.delete(OpportunityLine, { opportunityId });
    if (lines.length) await manager.insert(OpportunityLine, lines.map((line) => ({ ...line, opportunityId })));
  }

  async replaceContacts(manager: EntityManager, opportunityId: number, contactIds: number[]) {
    await manager.delete(OpportunityContact, { opportunityId });
    if (contactIds.length) await manager.insert(OpportunityContact, contactIds.map((contactId) => ({ opportunityId, contactId })));
  }

  async recordStageChange(manager: EntityManager, change: Omit<OpportunityStageChange, 'id'>): Promise<void> {
    await manager.insert(OpportunityStageChange, change);
  }

  async detailsOf(opportunityId: number, manager: EntityManager = this.dataSource.manager) {
    const [lines, contacts, history] = await Promise.all([
      manager
        .createQueryBuilder(OpportunityLine, 'l')
        .innerJoinAndMapOne('l.product', Product, 'p', 'p.id = l.productId')
        .where('l.opportunityId = :opportunityId', { opportunityId })
        .orderBy('l.sortOrder', 'ASC')
        .getMany() as Promise<Array<OpportunityLine & { product: Product }>>,
      manager.find(OpportunityContact, { where: { opportunityId } }),
      manager.find(OpportunityStageChange, { where: { opportunityId }, order: { id: 'ASC' } }),
    ]);
    return { lines, contactIds: contacts.map((c) => c.contactId).sort((a, b) => a - b), history };
  }

  pipelines(): Promise<Pipeline[]> {
    return this.dataSource.getRepository(Pipeline).find({ where: { isActive: true }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  stages(pipelineIds?: number[]): Promise<PipelineStage[]> {
    return this.dataSource
      .getRepository(PipelineStage)
      .find({ where: pipelineIds ? { pipelineId: In(pipelineIds) } : {}, order: { pipelineId: 'ASC', sortOrder: 'ASC' } });
  }

  stageInUse(stageId: number, manager: EntityManager): Promise<boolean> {
    return manager.existsBy(Opportunity, { stageId });
  }
}
