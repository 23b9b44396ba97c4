import { Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Brackets, DataSource, In, IsNull, Not } from 'typeorm';
import type { EntityManager, WhereExpressionBuilder } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { whereInScope } from '../../common/access/scope-query.js';
import { subtreeUpperBound } from '../../common/access/team-path.js';
import { AuditService, EXTERNAL_ACTOR } from '../../common/audit/audit.service.js';
import type { AuditActor } from '../../common/audit/audit.service.js';
import { AppSetting } from '../../common/database/app-setting.entity.js';
import { conflict, foundOrFail, invalid } from '../../common/errors/app-error.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { updateVersioned } from '../../common/database/versioned-update.js';
import { Team } from '../teams/team.entity.js';
import { UsersService } from '../users/users.service.js';
import { Customer, PoolRule } from './customer.entity.js';
import { ContactsRepository } from './contacts.repository.js';
import { CustomersRepository } from './customers.repository.js';
import type { PoolSettingsDto, PoolStatsDto } from './customer-pool.dto.js';

const DEFAULTS = { maxPerPerson: 300, cooldownDays: 7 };
const SWEEP_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 86_400_000;

interface RuleScope {
  rule: PoolRule;
  teamPath: string | null;
}

/**
 * The customer pool: customers left without a follow-up too long, or released by their owner,
 * wait ownerless in their team's pool; people in that team or below claim them, within a cap
 * and not straight back after releasing them. Every move is audited.
 */
@Injectable()
export class CustomerPoolService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomersRepository,
    private readonly contacts: ContactsRepository,
    private readonly users: UsersService,
    private readonly fields: RecordFieldsService,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(EXTERNAL_ACTOR).catch(() => undefined), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async release(actor: Actor, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const customer = await this.customers.table.getOne(actor.scope('update', 'customers'), id, manager);
      if (customer.ownerId === null) throw conflict('ALREADY_IN_POOL', 'The customer is already in the pool');
      await this.move(manager, actor, customer, { ownerId: null, teamPath: customer.teamPath, releasedBy: actor.id, releasedAt: new Date() });
    });
  }

  async claim(actor: Actor, id: number): Promise<void> {
    const me = foundOrFail(await this.users.findOwnerPlacement(actor.id), 'User', actor.id);
    const settings = await this.settings();
    await this.dataSource.transaction(async (manager) => {
      const customer = await this.customers.table.findOne(actor.poolScope('customers'), id, manager);
      if (!customer) {
        if (await this.customers.table.findOne(actor.scope('read', 'customers'), id, manager)) throw conflict('NOT_IN_POOL', 'Someone already owns this customer');
        throw foundOrFail(null, 'Customer', id);
      }
      const held = await manager.countBy(Customer, { ownerId: me.id, status: 'active' });
      if (held >= settings.maxPerPerson) throw conflict('POOL_CAP_REACHED', `You already hold ${held} customers, the most one person may hold`);
      const cooling = customer.releasedBy === me.id && customer.releasedAt && Date.now() - customer.releasedAt.getTime() < settings.cooldownDays * DAY_MS;
      if (cooling) throw conflict('POOL_COOL_DOWN', `You released this customer less than ${settings.cooldownDays} days ago`);
      await this.move(manager, actor, customer, { ownerId: me.id, teamPath: me.teamPath, claimedAt: new Date() });
    });
  }

  /**
   * Returns customers whose last follow-up (or creation) is older than their rule allows. The most
   * specific rule wins: a team's rule over its parent's, a level-specific rule over a general one.
   */
  async sweep(actor: AuditActor): Promise<number> {
    const scopes = await this.ruleScopes();
    let released = 0;
    for (const current of scopes) {
      const narrower = scopes.filter((other) => other !== current && isNarrower(other, current));
      const cutoff = new Date(Date.now() - current.rule.idleDays * DAY_MS);
      const query = this.dataSource
        .createQueryBuilder(Customer, 'c')
        .select(['c.id', 'c.ownerId', 'c.teamPath', 'c.version'])
        .where({ ownerId: Not(IsNull()), status: 'active' })
        .andWhere(new Brackets((qb) => ruleMatch(qb, 'c', current, 'r')))
        .andWhere(new Brackets((qb) => qb.where('c.lastFollowUpAt < :cutoff', { cutoff }).orWhere('c.lastFollowUpAt IS NULL AND c.createdAt < :cutoff', { cutoff })));
      narrower.forEach((other, i) => query.andWhere(new Brackets((qb) => outsideRule(qb, 'c', other, `n${i}`))));
      // Bounded per run; the next sweep continues where this one stopped.
      const due = await query.limit(5000).getMany();
      for (const customer of due) {
        await this.dataSource.transaction((manager) =>
          this.move(manager, actor, customer, { ownerId: null, teamPath: customer.teamPath, releasedBy: null, releasedAt: new Date() }),
        );
      }
      released += due.length;
    }
    return released;
  }

  async stats(actor: Actor): Promise<PoolStatsDto> {
    const scoped = () => whereInScope(this.dataSource.createQueryBuilder(Customer, 'c'), 'c', actor.scope('read', 'customers'));
    const pooled = () => scoped().andWhere('c.ownerId IS NULL');
    const since = new Date(Date.now() - 30 * DAY_MS);
    const [inPool, byTeamPath, byLevel, releasedLast30Days, claimedLast30Days, teams] = await Promise.all([
      pooled().getCount(),
      pooled().select('c.teamPath', 'k').addSelect('COUNT(*)', 'n').groupBy('c.teamPath').getRawMany<Record<string, unknown>>(),
      pooled().select('c.customerLevel', 'k').addSelect('COUNT(*)', 'n').groupBy('c.customerLevel').getRawMany<Record<string, unknown>>(),
      pooled().andWhere('c.releasedAt >= :since', { since }).getCount(),
      scoped().andWhere('c.claimedAt >= :since', { since }).getCount(),
      this.dataSource.getRepository(Team).find(),
    ]);
    const teamName = new Map(teams.map((t) => [t.teamPath, t.name]));
    const buckets = (rows: Array<Record<string, unknown>>, label: (key: string | null) => string | null) =>
      rows.map((row) => ({ key: label((row.k ?? row.K ?? null) as string | null), count: Number(row.n ?? row.N) })).sort((a, b) => b.count - a.count);
    return {
      inPool,
      byTeam: buckets(byTeamPath, (path) => (path ? (teamName.get(path) ?? path) : null)),
      byLevel: buckets(byLevel, (level) => level),
      releasedLast30Days,
      claimedLast30Days,
    };
  }

  async settings(): Promise<PoolSettingsDto> {
    const stored = await this.dataSource.getRepository(AppSetting).findBy({ settingKey: In(['pool.max_per_person', 'pool.cooldown_days']) });
    const value = (key: string, fallback: number) => Number(stored.find((s) => s.settingKey === key)?.settingValue ?? fallback);
    const rules = await this.dataSource.getRepository(PoolRule).find({ order: { id: 'ASC' } });
    return {
      maxPerPerson: value('pool.max_per_person', DEFAULTS.maxPerPerson),
      cooldownDays: value('pool.cooldown_days', DEFAULTS.cooldownDays),
      rules: rules.map(({ teamId, customerLevel, idleDays }) => ({ teamId, customerLevel, idleDays })),
    };
  }

  async saveSettings(actor: Actor, dto: PoolSettingsDto): Promise<PoolSettingsDto> {
    const keys = dto.rules.map((r) => `${r.teamId ?? '*'}/${r.customerLevel ?? '*'}`);
    if (new Set(keys).size !== keys.length) throw invalid([{ field: 'rules', reason: 'has two rules for the same team and level' }]);
    for (const [i, rule] of dto.rules.entries()) {
      const problems = await this.fields.picklistProblems(PoolRule, { customerLevel: rule.customerLevel ?? null });
      if (problems.length) throw invalid(problems.map((p) => ({ ...p, field: `rules.${i}.customerLevel` })));
      if (rule.teamId && !(await this.dataSource.getRepository(Team).existsBy({ id: rule.teamId }))) {
        throw invalid([{ field: `rules.${i}.teamId`, reason: 'is not a team' }]);
      }
    }
    const before = await this.settings();
    await this.dataSource.transaction(async (manager) => {
      for (const [key, value] of [['pool.max_per_person', dto.maxPerPerson], ['pool.cooldown_days', dto.cooldownDays]] as const) {
        await manager.delete(AppSetting, { settingKey: key });
        await manager.insert(AppSetting, { settingKey: key, settingValue: String(value) });
      }
      await manager.createQueryBuilder().delete().from(PoolRule).execute();
      if (dto.rules.length) {
        await manager.insert(PoolRule, dto.rules.map((r) => ({ teamId: r.teamId ?? null, customerLevel: r.customerLevel ?? null, idleDays: r.idleDays, createdBy: actor.id, version: 1 })));
      }
      // The pool settings are a single record: entity id 0.
      await this.audit.recordChange(manager, actor, 'pool_settings', 'update', 0, before, dto);
    });
    return this.settings();
  }

  /** Moves a customer and its contacts to a new owner (or none), with audit entries for both. */
  private async move(manager: EntityManager, actor: AuditActor, customer: Customer, changes: Partial<Customer>): Promise<void> {
    await updateVersioned(manager, Customer, customer.id, undefined, changes);
    const contacts = await this.contacts.moveWithCustomer(manager, customer.id, changes.ownerId ?? null, changes.teamPath ?? customer.teamPath);
    await this.audit.recordChange(manager, actor, 'customer', 'transfer', customer.id, { ownerId: customer.ownerId }, { ownerId: changes.ownerId ?? null });
    for (const contact of contacts) {
      await this.audit.recordChange(manager, actor, 'contact', 'transfer', contact.id, { ownerId: contact.ownerId }, { ownerId: changes.ownerId ?? null });
    }
  }

  private async ruleScopes(): Promise<RuleScope[]> {
    const [rules, teams] = await Promise.all([this.dataSource.getRepository(PoolRule).find(), this.dataSource.getRepository(Team).find()]);
    return rules.map((rule) => {
      const team = teams.find((t) => t.id === rule.teamId) ?? null;
      return { rule, teamPath: team?.teamPath ?? null };
    });
  }
}

/** `a` covers a subset of `b`'s customers and says more about them. */
function isNarrower(a: RuleScope, b: RuleScope): boolean {
  const teamWithin = b.teamPath === null ? true : a.teamPath !== null && a.teamPath.startsWith(b.teamPath);
  const levelWithin = b.rule.customerLevel === null || a.rule.customerLevel === b.rule.customerLevel;
  const more = (a.teamPath?.length ?? 0) > (b.teamPath?.length ?? 0) || (a.rule.customerLevel !== null && b.rule.customerLevel === null);
  return teamWithin && levelWithin && more;
}

/** The customers a rule covers: its team's subtree (if any) and its level (if any). */
function ruleMatch(qb: WhereExpressionBuilder, alias: string, scope: RuleScope, p: string): WhereExpressionBuilder {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (scope.teamPath) {
    parts.push(`${alias}.teamPath >= :${p}lo AND ${alias}.teamPath < :${p}hi`);
    Object.assign(params, { [`${p}lo`]: scope.teamPath, [`${p}hi`]: subtreeUpperBound(scope.teamPath) });
  }
  if (scope.rule.customerLevel) {
    parts.push(`${alias}.customerLevel = :${p}lvl`);
    params[`${p}lvl`] = scope.rule.customerLevel;
  }
  return qb.where(parts.length ? parts.join(' AND ') : '1 = 1', params);
}

/** The customers a (narrower) rule does not cover. */
function outsideRule(qb: WhereExpressionBuilder, alias: string, scope: RuleScope, p: string): WhereExpressionBuilder {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (scope.teamPath) {
    parts.push(`(${alias}.teamPath < :${p}lo OR ${alias}.teamPath >= :${p}hi)`);
    Object.assign(params, { [`${p}lo`]: scope.teamPath, [`${p}hi`]: subtreeUpperBound(scope.teamPath) });
  }
  if (scope.rule.customerLevel) {
    parts.push(`(${alias}.customerLevel IS NULL OR ${alias}.customerLevel <> :${p}lvl)`);
    params[`${p}lvl`] = scope.rule.customerLevel;
  }
  return qb.where(parts.length ? parts.join(' OR ') : '1 = 0', params);
}
