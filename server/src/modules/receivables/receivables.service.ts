import { Injectable } from '@nestjs/common';
import { addDays, isoDay } from '../../common/calendar-days.js';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { namesOf } from '../../common/database/names-of.js';
import { ScopedTable } from '../../common/database/scoped-table.js';
import { forbidden, foundOrFail, invalid } from '../../common/errors/app-error.js';
import { amount, sum } from '../../common/money.js';
import { paginate } from '../../common/pagination/paginate.js';
import { ContractsRepository } from '../contracts/contracts.repository.js';
import { toInstalmentDto } from '../contracts/contracts.service.js';
import { Contract } from '../contracts/contract.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Team } from '../teams/team.entity.js';
import { User } from '../users/user.entity.js';
import { Payment, PaymentAllocation, PaymentInstalment } from './receivable.entity.js';
import type {
  AgingDto,
  AgingGroup,
  AgingQueryDto,
  AgingRowDto,
  PaymentDto,
  PaymentListQueryDto,
  PaymentPageDto,
  ReceivableListQueryDto,
  ReceivablePageDto,
  RecordPaymentDto,
} from './receivables.dto.js';


/** Aging buckets by how many days an unpaid instalment is past due; "current" is not yet due. */
const BUCKETS = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;

/** How many groups the aging report lists when the caller does not say. */
const AGING_ROWS = 100;

/**
 * Receivables are the instalments of contracts' payment plans not yet paid in full, in the
 * reader's scope of the receivables module (a salesperson's own, a manager's team's, finance all).
 * Finance records payments against a contract; each is allocated to its instalments, the one named
 * first and then the oldest open ones.
 */
@Injectable()
export class ReceivablesService {
  private readonly instalments: ScopedTable<PaymentInstalment>;
  private readonly payments: ScopedTable<Payment>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractsRepository,
    private readonly audit: AuditService,
  ) {
    this.instalments = new ScopedTable(dataSource, PaymentInstalment, 'i', 'Receivable');
    this.payments = new ScopedTable(dataSource, Payment, 'p', 'Payment');
  }

  async list(actor: Actor, query: ReceivableListQueryDto): Promise<ReceivablePageDto> {
    const today = isoDay(new Date());
    const qb = this.instalments.select(actor.scope('read', 'receivables'));
    for (const field of ['customerId', 'contractId', 'ownerId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`i.${field} = :${field}`, { [field]: query[field] });
    }
    if (query.open || query.overdue) qb.andWhere('i.amount > i.paidAmount');
    if (query.overdue) qb.andWhere('i.dueOn < :today', { today });
    const enrich = async (rows: PaymentInstalment[]) => {
      const [contracts, customers, owners] = await Promise.all([
        namesOf(this.dataSource, Contract, 'contractNumber', rows.map((i) => i.contractId)),
        namesOf(this.dataSource, Customer, 'name', rows.map((i) => i.customerId)),
        namesOf(this.dataSource, User, 'displayName', rows.map((i) => i.ownerId)),
      ]);
      return rows.map((i) => ({
        ...toInstalmentDto(i, today),
        contract: { id: i.contractId, name: contracts.get(i.contractId) ?? '' },
        customer: { id: i.customerId, name: customers.get(i.customerId) ?? '' },
        owner: i.ownerId === null ? null : { id: i.ownerId, name: owners.get(i.ownerId) ?? '' },
      }));
    };
    return paginate(qb, 'i', query, { dueOn: 'dueOn', createdAt: 'createdAt' }, { key: 'dueOn', order: 'asc' }, { enrich });
  }

  /** Outstanding amounts by age, per customer, salesperson or team, in the reader's scope. */
  async aging(actor: Actor, query: AgingQueryDto): Promise<AgingDto> {
    const by: AgingGroup = query.by ?? 'customer';
    const asOf = isoDay(new Date());
    const key = { customer: 'i.customerId', owner: 'i.ownerId', team: 'i.teamPath' }[by];
    const owed = 'i.amount - i.paidAmount';
    const bounds = { d30: addDays(asOf, -30), d60: addDays(asOf, -60), d90: addDays(asOf, -90) };
    const sums: Record<(typeof BUCKETS)[number], string> = {
      current: `SUM(CASE WHEN i.dueOn >= :asOf THEN ${owed} ELSE 0 END)`,
      days1to30: `SUM(CASE WHEN i.dueOn < :asOf AND i.dueOn >= :d30 THEN ${owed} ELSE 0 END)`,
      days31to60: `SUM(CASE WHEN i.dueOn < :d30 AND i.dueOn >= :d60 THEN ${owed} ELSE 0 END)`,
      days61to90: `SUM(CASE WHEN i.dueOn < :d60 AND i.dueOn >= :d90 THEN ${owed} ELSE 0 END)`,
      over90: `SUM(CASE WHEN i.dueOn < :d90 THEN ${owed} ELSE 0 END)`,
    };
    // A team can owe in tens of thousands of customers: the database sorts the groups and returns
    // the largest, each row carrying the sums over all groups and their number (window aggregates
    // over the grouped rows), so the report is one scan and a hundred rows whatever the team's size.
    const qb = this.instalments.select(actor.scope('read', 'receivables')).select(key, 'group_key');
    for (const bucket of BUCKETS) qb.addSelect(sums[bucket], bucket).addSelect(`SUM(${sums[bucket]}) OVER ()`, `all_${bucket}`);
    const rows = await qb
      .addSelect('COUNT(*) OVER ()', 'group_count')
      .andWhere('i.amount > i.paidAmount')
      .setParameters({ asOf, ...bounds })
      .groupBy(key)
      .orderBy(`SUM(${owed})`, 'DESC')
      .addOrderBy(key, 'ASC')
      .limit(query.limit ?? AGING_ROWS)
      .getRawMany<Record<string, unknown>>();
    const value = (row: Record<string, unknown> | undefined, name: string) => amount(String(row?.[name] ?? row?.[name.toUpperCase()] ?? '0')).toFixed(2);
    const withTotals = (row: Record<string, unknown> | undefined, prefix: string) => {
      const buckets = Object.fromEntries(BUCKETS.map((b) => [b, value(row, `${prefix}${b}`)])) as Record<(typeof BUCKETS)[number], string>;
      return { ...buckets, total: sum(BUCKETS.map((b) => buckets[b])) };
    };
    const shown = rows.map((row) => ({ key: String(row.group_key ?? row.GROUP_KEY), ...withTotals(row, '') }));
    const named = await this.groupNames(by, shown.map((g) => g.key));
    const result: AgingRowDto[] = shown.map(({ key, ...figures }) => ({ id: named.get(key)?.id ?? 0, name: named.get(key)?.name ?? '', ...figures }));
    const totals: AgingRowDto = { id: 0, name: '', ...withTotals(rows[0], 'all_') };
    const groupCount = Number(rows[0]?.group_count ?? rows[0]?.GROUP_COUNT ?? 0);
    return { by, asOf, rows: result, groupCount, totals };
  }

  async record(actor: Actor, dto: RecordPaymentDto): Promise<PaymentDto> {
    const contract = await this.contracts.table.getOne(actor.scope('read', 'contracts'), dto.contractId);
    const placement = { ownerId: contract.ownerId, teamPath: contract.teamPath };
    if (!actor.can('create', 'receivables', placement)) throw forbidden('You may not record payments');
    if (!amount(dto.amount).greaterThan(0)) throw invalid([{ field: 'amount', reason: 'must be more than 0' }]);
    const id = await this.dataSource.transaction(async (manager) => {
      // Locked: two payments recorded at once against one plan must not both take the same balance.
      const plan = await manager.find(PaymentInstalment, { where: { contractId: contract.id }, order: { dueOn: 'ASC', seq: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      if (plan.length === 0) throw invalid([{ field: 'contractId', reason: 'the contract has no payment plan to pay against' }]);
      const first = dto.instalmentId ? plan.find((i) => i.id === dto.instalmentId) : undefined;
      if (dto.instalmentId && !first) throw invalid([{ field: 'instalmentId', reason: 'is not an instalment of the contract' }]);
      const open = plan.filter((i) => amount(i.amount).greaterThan(i.paidAmount));
      const balance = sum(open.map((i) => amount(i.amount).minus(i.paidAmount).toFixed(2)));
      if (amount(dto.amount).greaterThan(balance)) throw invalid([{ field: 'amount', reason: `is more than the outstanding balance ${balance}` }]);
      const values: Partial<Payment> = {
        contractId: contract.id,
        customerId: contract.customerId,
        amount: amount(dto.amount).toFixed(2),
        paidOn: dto.paidOn,
        method: dto.method,
        reference: dto.reference ?? null,
        notes: dto.notes ?? null,
        ...placement,
        createdBy: actor.id,
        version: 1,
      };
      const { identifiers } = await manager.insert(Payment, values);
      const paymentId = Number(identifiers[0].id);
      let left = amount(dto.amount);
      for (const instalment of [...(first ? [first] : []), ...open.filter((i) => i !== first)]) {
        if (left.lessThanOrEqualTo(0)) break;
        const owed = amount(instalment.amount).minus(instalment.paidAmount);
        const share = left.lessThan(owed) ? left : owed;
        if (share.lessThanOrEqualTo(0)) continue;
        await manager.insert(PaymentAllocation, { paymentId, instalmentId: instalment.id, amount: share.toFixed(2) });
        await manager.update(PaymentInstalment, { id: instalment.id }, { paidAmount: amount(instalment.paidAmount).plus(share).toFixed(2), version: instalment.version + 1 });
        left = left.minus(share);
      }
      await this.audit.recordChange(manager, actor, 'payment', 'create', paymentId, null, values);
      return paymentId;
    });
    return (await this.present([foundOrFail(await this.dataSource.getRepository(Payment).findOneBy({ id }), 'Payment', id)]))[0];
  }

  async listPayments(actor: Actor, query: PaymentListQueryDto): Promise<PaymentPageDto> {
    const qb = this.payments.select(actor.scope('read', 'receivables'));
    for (const field of ['contractId', 'customerId'] as const) {
      if (query[field] !== undefined) qb.andWhere(`p.${field} = :${field}`, { [field]: query[field] });
    }
    return paginate(qb, 'p', query, { createdAt: 'createdAt', paidOn: 'paidOn' }, { key: 'createdAt', order: 'desc' }, { enrich: (rows) => this.present(rows) });
  }

  private async present(payments: Payment[]): Promise<PaymentDto[]> {
    const ids = payments.map((p) => p.id);
    const [allocations, contracts, customers] = await Promise.all([
      ids.length ? this.dataSource.getRepository(PaymentAllocation).find({ where: { paymentId: In(ids) }, order: { id: 'ASC' } }) : [],
      namesOf(this.dataSource, Contract, 'contractNumber', payments.map((p) => p.contractId)),
      namesOf(this.dataSource, Customer, 'name', payments.map((p) => p.customerId)),
    ]);
    const seqs = allocations.length
      ? new Map((await this.dataSource.getRepository(PaymentInstalment).find({ select: { id: true, seq: true }, where: { id: In(allocations.map((a) => a.instalmentId)) } })).map((i) => [i.id, i.seq]))
      : new Map<number, number>();
    return payments.map((p) => ({
      id: p.id,
      contract: { id: p.contractId, name: contracts.get(p.contractId) ?? '' },
      customer: { id: p.customerId, name: customers.get(p.customerId) ?? '' },
      amount: p.amount,
      paidOn: p.paidOn,
      method: p.method,
      reference: p.reference,
      notes: p.notes,
      allocations: allocations.filter((a) => a.paymentId === p.id).map((a) => ({ instalmentId: a.instalmentId, seq: seqs.get(a.instalmentId) ?? 0, amount: a.amount })),
      createdBy: p.createdBy,
      createdAt: p.createdAt,
    }));
  }

  private async groupNames(by: AgingGroup, keys: string[]): Promise<Map<string, { id: number; name: string }>> {
    if (by === 'team') {
      const teams = keys.length ? await this.dataSource.getRepository(Team).find({ where: { teamPath: In(keys) } }) : [];
      return new Map(teams.map((t) => [t.teamPath, { id: t.id, name: t.name }]));
    }
    const ids = keys.map(Number);
    const names = by === 'customer' ? await namesOf(this.dataSource, Customer, 'name', ids) : await namesOf(this.dataSource, User, 'displayName', ids);
    return new Map(keys.map((key) => [key, { id: Number(key), name: names.get(Number(key)) ?? '' }]));
  }
}
