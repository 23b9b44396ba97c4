import { Injectable } from '@nestjs/common';
import { Brackets, DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { AccessScope } from '../../common/access/scope-query.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { containsInsensitive, likePattern } from '../../common/database/dialect.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { Page } from '../../common/pagination/paginate.js';
import { ApiToken, Lead, LeadRule } from './lead.entity.js';
import type { LeadListQueryDto } from './leads.dto.js';

export const LEAD_SORTS = { createdAt: 'createdAt', updatedAt: 'updatedAt', name: 'name' };

@Injectable()
export class LeadsRepository {
  readonly table: ScopedTable<Lead>;

  constructor(private readonly dataSource: DataSource) {
    this.table = new ScopedTable(dataSource, Lead, 'l', 'Lead');
  }

  findPage(scope: AccessScope, query: LeadListQueryDto): Promise<Page<Lead>> {
    const qb = this.table.select(scope);
    if (query.q) {
      qb.andWhere(
        new Brackets((text) =>
          text
            .where(containsInsensitive(this.dataSource, 'l.name', 'qContains'))
            .orWhere(containsInsensitive(this.dataSource, 'l.company', 'qContains'))
            .orWhere('l.phone LIKE :qPrefix')
            .orWhere(containsInsensitive(this.dataSource, 'l.email', 'qPrefix')),
        ),
        { qContains: likePattern(query.q, 'contains'), qPrefix: likePattern(query.q, 'prefix') },
      );
    }
    for (const field of ['status', 'source', 'ownerId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`l.${field} = :${field}`, { [field]: query[field] });
    }
    return paginate(qb, 'l', query, LEAD_SORTS, { key: 'createdAt', order: 'desc' });
  }

  async insert(manager: EntityManager, values: Partial<Lead>): Promise<number> {
    const { identifiers } = await manager.insert(Lead, values);
    return Number(identifiers[0].id);
  }

  activeRules(manager: EntityManager): Promise<LeadRule[]> {
    return manager.find(LeadRule, { where: { isActive: true }, order: { priority: 'DESC', id: 'ASC' } });
  }

  rules(): Promise<LeadRule[]> {
    return this.dataSource.getRepository(LeadRule).find({ order: { priority: 'DESC', id: 'ASC' } });
  }

  tokens(): Promise<ApiToken[]> {
    return this.dataSource.getRepository(ApiToken).find({ order: { id: 'ASC' } });
  }

  tokenByHash(tokenHash: string): Promise<ApiToken | null> {
    return this.dataSource.getRepository(ApiToken).findOneBy({ tokenHash, isActive: true });
  }
}
