import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor.js';
import { type ModuleKey } from '../access/permissions.js';
import { AuditService } from '../audit/audit.service.js';
import { type FieldProblem, invalid } from '../errors/app-error.js';
import { FieldRule } from './field-rule.entity.js';

export interface FieldPolicy {
  /** Fields left out of responses, exports and history, and refused in filters and sorts. */
  hidden: ReadonlySet<string>;
  /** Fields the user may not write (hidden ones included). */
  readOnly: ReadonlySet<string>;
}

const OPEN: FieldPolicy = { hidden: new Set(), readOnly: new Set() };
const roles = (list: string | null) => (list ? list.split(',').filter(Boolean) : []);

/**
 * Field-level visibility of built-in fields, configured per role (for example a credit limit that
 * only finance and directors see). Modules declare which of their fields may be restricted.
 */
@Injectable()
export class FieldAccessService {
  private readonly governed = new Map<ModuleKey, readonly string[]>();
  private cache: { at: number; rules: Promise<FieldRule[]> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  declare(module: ModuleKey, fields: readonly string[]): void {
    this.governed.set(module, fields);
  }

  governedFields(): Array<{ module: ModuleKey; fields: readonly string[] }> {
    return [...this.governed].map(([module, fields]) => ({ module, fields }));
  }

  async policy(actor: Actor, module: ModuleKey): Promise<FieldPolicy> {
    const rules = (await this.rules()).filter((rule) => rule.moduleKey === module);
    if (rules.length === 0) return OPEN;
    const holds = (list: string | null) => roles(list).length === 0 || roles(list).some((r) => actor.profile.roles.includes(r));
    const hidden = new Set(rules.filter((rule) => !holds(rule.visibleRoles)).map((rule) => rule.fieldKey));
    const readOnly = new Set([...hidden, ...rules.filter((rule) => !holds(rule.editableRoles)).map((rule) => rule.fieldKey)]);
    return { hidden, readOnly };
  }

  /** A copy of `record` without the hidden fields. */
  redact<T extends object>(record: T, policy: FieldPolicy): T {
    if (policy.hidden.size === 0) return record;
    const copy = { ...record } as Record<string, unknown>;
    for (const field of policy.hidden) delete copy[field];
    return copy as T;
  }

  /** 400 when the input sets a field the user may not change. */
  assertWritable(input: object, policy: FieldPolicy, current?: object): void {
    const problems: FieldProblem[] = Object.entries(input)
      .filter(([field]) => policy.readOnly.has(field))
      .filter(([field, value]) => !current || JSON.stringify((current as Record<string, unknown>)[field] ?? null) !== JSON.stringify(value ?? null))
      .map(([field]) => ({ field, reason: 'may not be changed by your roles' }));
    if (problems.length) throw invalid(problems);
  }

  assertVisible(fields: Array<[param: string, field: string | undefined]>, policy: FieldPolicy): void {
    const problems = fields
      .filter(([, field]) => field !== undefined && policy.hidden.has(field))
      .map(([param]) => ({ field: param, reason: 'refers to a field your roles cannot see' }));
    if (problems.length) throw invalid(problems);
  }

  async list(): Promise<FieldRule[]> {
    return this.rules();
  }

  /** Sets who sees and changes one field; both lists empty removes the restriction. */
  async setRule(actor: Actor, module: ModuleKey, field: string, visibleRoles: string[], editableRoles: string[]): Promise<FieldRule[]> {
    if (!this.governed.get(module)?.includes(field)) {
      throw invalid([{ field: 'fieldKey', reason: `${module}.${field} cannot be restricted` }]);
    }
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(FieldRule, { moduleKey: module, fieldKey: field });
      const values = { visibleRoles: visibleRoles.join(',') || null, editableRoles: editableRoles.join(',') || null };
      if (!values.visibleRoles && !values.editableRoles) {
        if (before) await manager.delete(FieldRule, { id: before.id });
      } else if (before) {
        await manager.update(FieldRule, { id: before.id }, { ...values, version: before.version + 1 });
      } else {
        await manager.insert(FieldRule, { moduleKey: module, fieldKey: field, ...values, createdBy: actor.id, version: 1 });
      }
      const saved = await manager.findOneBy(FieldRule, { moduleKey: module, fieldKey: field });
      const id = saved?.id ?? before?.id;
      if (id) await this.audit.recordChange(manager, actor, 'field_rule', before ? 'update' : 'create', id, before, saved);
    });
    this.cache = null;
    return this.rules();
  }

  private rules(): Promise<FieldRule[]> {
    if (!this.cache || Date.now() - this.cache.at > 30_000) {
      const rules = this.dataSource.getRepository(FieldRule).find({ order: { moduleKey: 'ASC', fieldKey: 'ASC' } });
      this.cache = { at: Date.now(), rules };
      rules.catch(() => (this.cache = null));
    }
    return this.cache.rules;
  }
}
