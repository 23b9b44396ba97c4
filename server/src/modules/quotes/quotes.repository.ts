import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import type { AccessScope } from '../../common/access/scope-query.js';
import { containsInsensitive, likePattern } from '../../common/database/dialect.js';
import { namesOf } from '../../common/database/names-of.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { Page } from '../../common/pagination/paginate.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { Customer } from '../customers/customer.entity.js';
import { Opportunity } from '../opportunities/opportunity.entity.js';
import { Product } from '../products/product.entity.js';
import { User } from '../users/user.entity.js';
import { Quote, QuoteApproval, QuoteLine } from './quote.entity.js';
import type { QuoteListQueryDto } from './quotes.dto.js';

export const QUOTE_SORTS = { createdAt: 'createdAt', updatedAt: 'updatedAt', quoteNumber: 'quoteNumber', total: 'total' };

export type QuoteRow = Quote & { customerName?: string; opportunityName?: string; ownerName?: string; approverName?: string };
export type QuoteLineRow = QuoteLine & { product: Product };

@Injectable()
export class QuotesRepository {
  readonly table: ScopedTable<Quote>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly fields: RecordFieldsService,
  ) {
    this.table = new ScopedTable(dataSource, Quote, 'q', 'Quote');
  }

  async findPage(actor: Actor, scope: AccessScope, query: QuoteListQueryDto): Promise<Page<QuoteRow>> {
    const qb = this.table.select(scope);
    if (query.q) {
      const pattern = likePattern(query.q, 'contains');
      qb.andWhere(
        new Brackets((match) =>
          match.where(containsInsensitive(this.dataSource, 'q.title', 'q')).orWhere(containsInsensitive(this.dataSource, 'q.quoteNumber', 'q')),
        ),
        { q: pattern },
      );
    }
    for (const field of ['status', 'customerId', 'opportunityId', 'ownerId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`q.${field} = :${field}`, { [field]: query[field] });
    }
    const { orderBy } = await this.fields.applyListOptions(actor, 'quotes', qb, 'q', query as never, []);
    return paginate(qb, 'q', query, QUOTE_SORTS, { key: 'createdAt', order: 'desc' }, { orderBy, enrich: (rows) => this.withNames(rows) });
  }

  /** Quotes waiting for this approver, oldest request first. Approval, not ownership, lets them see these. */
  async awaiting(approverId: number): Promise<QuoteRow[]> {
    const rows = await this.dataSource
      .getRepository(Quote)
      .find({ where: { approverId, status: 'pending_approval' }, order: { updatedAt: 'ASC', id: 'ASC' }, take: 200 });
    return this.withNames(rows);
  }

  /** Whether this user was ever asked to approve the quote: such a user may read it. */
  wasAskedToApprove(quoteId: number, userId: number): Promise<boolean> {
    return this.dataSource.getRepository(QuoteApproval).existsBy({ quoteId, approverId: userId });
  }

  findUnscoped(id: number): Promise<Quote | null> {
    return this.dataSource.getRepository(Quote).findOneBy({ id });
  }

  /** Customer, opportunity, owner and approver names of many quotes, in one query each. */
  async withNames(rows: Quote[]): Promise<QuoteRow[]> {
    const [customers, opportunities, users] = await Promise.all([
      namesOf(this.dataSource, Customer, 'name', rows.map((r) => r.customerId)),
      namesOf(this.dataSource, Opportunity, 'name', rows.map((r) => r.opportunityId)),
      namesOf(this.dataSource, User, 'displayName', rows.flatMap((r) => [r.ownerId, r.approverId])),
    ]);
    return rows.map((row) =>
      Object.assign(row, {
        customerName: customers.get(row.customerId),
        opportunityName: row.opportunityId === null ? undefined : opportunities.get(row.opportunityId),
        ownerName: row.ownerId === null ? undefined : users.get(row.ownerId),
        approverName: row.approverId === null ? undefined : users.get(row.approverId),
      }),
    );
  }

  async insert(manager: EntityManager, values: Partial<Quote>): Promise<number> {
    const { identifiers } = await manager.insert(Quote, values);
    return Number(identifiers[0].id);
  }

  async replaceLines(manager: EntityManager, quoteId: number, lines: Array<Omit<QuoteLine, 'id' | 'quoteId'>>): Promise<void> {
    await manager.delete(QuoteLine, { quoteId });
    if (lines.length) await manager.insert(QuoteLine, lines.map((line) => ({ ...line, quoteId })));
  }

  lines(quoteId: number, manager: EntityManager = this.dataSource.manager): Promise<QuoteLineRow[]> {
    return manager
      .createQueryBuilder(QuoteLine, 'l')
      .innerJoinAndMapOne('l.product', Product, 'p', 'p.id = l.productId')
      .where('l.quoteId = :quoteId', { quoteId })
      .orderBy('l.sortOrder', 'ASC')
      .getMany() as Promise<QuoteLineRow[]>;
  }

  async approvals(quoteId: number): Promise<Array<QuoteApproval & { approverName: string }>> {
    const approvals = await this.dataSource.getRepository(QuoteApproval).find({ where: { quoteId }, order: { id: 'ASC' } });
    const name = await namesOf(this.dataSource, User, 'displayName', approvals.map((a) => a.approverId));
    return approvals.map((approval) => Object.assign(approval, { approverName: name.get(approval.approverId) ?? '' }));
  }

  async requestApproval(manager: EntityManager, quoteId: number, approverId: number, at: Date): Promise<void> {
    await manager.insert(QuoteApproval, { quoteId, approverId, requestedAt: at, decision: null, note: null, decidedAt: null });
  }

  async recordDecision(manager: EntityManager, quoteId: number, approverId: number, decision: 'approved' | 'rejected', comment: string | null, at: Date) {
    const open = await manager.findOne(QuoteApproval, { where: { quoteId, approverId, decision: IsNull() }, order: { id: 'DESC' } });
    if (open) await manager.update(QuoteApproval, { id: open.id }, { decision, note: comment, decidedAt: at });
  }

  revisions(quoteNumber: string): Promise<Quote[]> {
    return this.dataSource.getRepository(Quote).find({ where: { quoteNumber }, order: { revision: 'ASC' } });
  }
}
