import { Injectable } from '@nestjs/common';
import { Brackets, DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { AccessScope } from '../../common/access/scope-query.js';
import { containsInsensitive, likePattern } from '../../common/database/dialect.js';
import { namesOf } from '../../common/database/names-of.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { Page } from '../../common/pagination/paginate.js';
import { Customer } from '../customers/customer.entity.js';
import { User } from '../users/user.entity.js';
import { PaymentInstalment } from '../receivables/receivable.entity.js';
import { Contract, ContractAttachment } from './contract.entity.js';
import type { ContractListQueryDto } from './contracts.dto.js';

export const CONTRACT_SORTS = { createdAt: 'createdAt', updatedAt: 'updatedAt', contractNumber: 'contractNumber', endOn: 'endOn' };

export type ContractRow = Contract & { customerName?: string; ownerName?: string };

@Injectable()
export class ContractsRepository {
  readonly table: ScopedTable<Contract>;

  constructor(private readonly dataSource: DataSource) {
    this.table = new ScopedTable(dataSource, Contract, 'k', 'Contract');
  }

  async findPage(scope: AccessScope, query: ContractListQueryDto, today: string, in30Days: string): Promise<Page<ContractRow>> {
    const qb = this.table.select(scope);
    if (query.q) {
      qb.andWhere(
        new Brackets((match) =>
          match.where(containsInsensitive(this.dataSource, 'k.contractNumber', 'q')).orWhere(containsInsensitive(this.dataSource, 'k.title', 'q')),
        ),
        { q: likePattern(query.q, 'contains') },
      );
    }
    for (const field of ['status', 'customerId', 'orderId', 'ownerId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`k.${field} = :${field}`, { [field]: query[field] });
    }
    if (query.endingSoon) qb.andWhere("k.status = 'in_force' AND k.endOn >= :today AND k.endOn <= :in30Days", { today, in30Days });
    return paginate(qb, 'k', query, CONTRACT_SORTS, { key: 'createdAt', order: 'desc' }, { enrich: (rows) => this.withNames(rows) });
  }

  async withNames(rows: Contract[]): Promise<ContractRow[]> {
    const [customers, owners] = await Promise.all([
      namesOf(this.dataSource, Customer, 'name', rows.map((r) => r.customerId)),
      namesOf(this.dataSource, User, 'displayName', rows.map((r) => r.ownerId)),
    ]);
    return rows.map((row) => Object.assign(row, { customerName: customers.get(row.customerId), ownerName: row.ownerId === null ? undefined : owners.get(row.ownerId) }));
  }

  async insert(manager: EntityManager, values: Partial<Contract>): Promise<number> {
    const { identifiers } = await manager.insert(Contract, values);
    return Number(identifiers[0].id);
  }

  attachments(contractId: number): Promise<ContractAttachment[]> {
    return this.dataSource.getRepository(ContractAttachment).find({ where: { contractId }, order: { id: 'ASC' } });
  }

  attachment(contractId: number, id: number): Promise<ContractAttachment | null> {
    return this.dataSource.getRepository(ContractAttachment).findOneBy({ contractId, id });
  }

  instalments(contractId: number, manager: EntityManager = this.dataSource.manager): Promise<PaymentInstalment[]> {
    return manager.find(PaymentInstalment, { where: { contractId }, order: { seq: 'ASC' } });
  }

  async replaceInstalments(manager: EntityManager, contract: Contract, plan: Array<{ dueOn: string; amount: string }>, actorId: number): Promise<void> {
    await manager.delete(PaymentInstalment, { contractId: contract.id });
    if (plan.length === 0) return;
    await manager.insert(
      PaymentInstalment,
      plan.map((instalment, i) => ({
        contractId: contract.id,
        customerId: contract.customerId,
        seq: i + 1,
        dueOn: instalment.dueOn,
        amount: instalment.amount,
        paidAmount: '0',
        ownerId: contract.ownerId,
        teamPath: contract.teamPath,
        createdBy: actorId,
        version: 1,
      })),
    );
  }
}
