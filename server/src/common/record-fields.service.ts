import { Injectable } from '@nestjs/common';
import { EntityManager, type EntityTarget, type ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from './access/actor.js';
import { type AuditView } from './audit/audit.service.js';
import { type FieldProblem, invalid } from './errors/app-error.js';
import { ListQueryDto } from './pagination/list-query.dto.js';
import { PicklistsService } from './picklists/picklists.service.js';
import { CustomFieldsService, type CustomValues, type PreparedWrite } from './custom-fields/custom-fields.service.js';
import { type CustomFieldEntity } from './custom-fields/custom-fields.dto.js';
import { type CustomFieldDefinition } from './custom-fields/custom-field.entity.js';
import { FieldAccessService } from './field-access/field-access.service.js';

export interface CurrentRecord {
  row: object;
  customFields: CustomValues;
}

/**
 * What every business module does with the fields administrators configure, in one place:
 * picklist keys validated, custom field values validated, stored, loaded, filtered and sorted,
 * and field-level visibility applied to responses, writes, lists, exports and history.
 */
@Injectable()
export class RecordFieldsService {
  constructor(
    private readonly picklists: PicklistsService,
    private readonly customFields: CustomFieldsService,
    private readonly fieldAccess: FieldAccessService,
  ) {}

  /** Records as the actor may see them: visible custom fields attached, hidden fields removed. */
  async present<R extends { id: number }, D extends object>(
    actor: Actor,
    entity: CustomFieldEntity,
    rows: R[],
    toDto: (row: R, customFields: CustomValues) => D,
  ): Promise<D[]> {
    const [values, policy] = await Promise.all([
      this.customFields.valuesOf(entity, rows.map((row) => row.id), actor),
      this.fieldAccess.policy(actor, entity),
    ]);
    return rows.map((row) => this.fieldAccess.redact(toDto(row, values.get(row.id) ?? {}), policy));
  }

  /** The record's current state, for an update's checks and its audit entry. */
  async current(entity: CustomFieldEntity, row: { id: number }, manager?: EntityManager): Promise<CurrentRecord> {
    const values = await this.customFields.valuesOf(entity, [row.id], undefined, manager);
    return { row, customFields: values.get(row.id) ?? {} };
  }

  /**
   * Checks a create (current null) or an update: picklist keys, field-level write access and
   * custom field values; all problems in one 400. Returns the custom field writes to save.
   */
  async checkWrite(
    actor: Actor,
    entity: CustomFieldEntity,
    target: EntityTarget<ObjectLiteral>,
    fields: object,
    customFields: CustomValues | undefined,
    current: CurrentRecord | null,
  ): Promise<PreparedWrite[]> {
    const { writes, problems } = await this.writeProblems(actor, entity, target, fields, customFields, current);
    if (problems.length) throw invalid(problems);
    return writes;
  }

  /** The checks of checkWrite, reported instead of thrown: an import collects them row by row. */
  async writeProblems(
    actor: Actor,
    entity: CustomFieldEntity,
    target: EntityTarget<ObjectLiteral>,
    fields: object,
    customFields: CustomValues | undefined,
    current: CurrentRecord | null,
  ): Promise<{ writes: PreparedWrite[]; problems: FieldProblem[] }> {
    const policy = await this.fieldAccess.policy(actor, entity);
    // On a create, null for a field the user may not set means "no value", which is what it gets.
    const readOnly: FieldProblem[] = Object.entries(fields)
      .filter(([field, value]) => policy.readOnly.has(field) && value !== undefined && !(current === null && value === null))
      .filter(([field, value]) => !current || JSON.stringify((current.row as Record<string, unknown>)[field] ?? null) !== JSON.stringify(value))
      .map(([field]) => ({ field, reason: 'may not be changed by your roles' }));
    const [picklistProblems, prepared] = await Promise.all([
      this.picklists.problemsFor(target, fields, current?.row),
      this.customFields.prepare(actor, entity, customFields, current?.customFields ?? null),
    ]);
    return { writes: prepared.writes, problems: [...readOnly, ...picklistProblems, ...prepared.problems] };
  }

  /** The custom fields the actor may both see and fill in: the columns an import may carry. */
  async writableFields(actor: Actor, entity: CustomFieldEntity): Promise<CustomFieldDefinition[]> {
    return (await this.customFields.visibleFields(actor, entity)).filter((field) => this.customFields.canEdit(actor, field));
  }

  /** Picklist keys of a record without custom fields or field rules (configuration records). */
  picklistProblems(target: EntityTarget<ObjectLiteral>, values: object, before?: object): Promise<FieldProblem[]> {
    return this.picklists.problemsFor(target, values, before);
  }

  saveCustomFields(manager: EntityManager, recordId: number, writes: PreparedWrite[]): Promise<void> {
    return this.customFields.save(manager, recordId, writes);
  }

  /** Custom field values of records created in bulk (they have none yet), in multi-row inserts. */
  saveNewRecordsCustomFields(manager: EntityManager, records: Array<{ recordId: number; writes: PreparedWrite[] }>): Promise<void> {
    return this.customFields.saveForNewRecords(manager, records);
  }

  /** A flat snapshot for the audit log: custom fields appear as `cf.<key>`. */
  snapshot(row: object, customFields: CustomValues): Record<string, unknown> {
    const flat: Record<string, unknown> = { ...row };
    for (const [key, value] of Object.entries(customFields)) flat[`cf.${key}`] = value;
    return flat;
  }

  /**
   * Applies the list options that touch configured fields: refuses filters and sorts on hidden
   * fields, adds custom field filters, and resolves a `cf.<key>` sort to an expression.
   */
  async applyListOptions<T extends ObjectLiteral>(
    actor: Actor,
    entity: CustomFieldEntity,
    qb: SelectQueryBuilder<T>,
    alias: string,
    query: ListQueryDto & Record<string, unknown>,
    filterFields: string[],
  ): Promise<{ orderBy?: string }> {
    const policy = await this.fieldAccess.policy(actor, entity);
    this.fieldAccess.assertVisible(
      [...filterFields.filter((f) => query[f] !== undefined).map((f): [string, string] => [f, f]), ['sort', query.sort]],
      policy,
    );
    await this.customFields.applyFilters(qb, alias, entity, query.customFieldFilters, actor);
    if (query.sort?.startsWith('cf.')) {
      return { orderBy: await this.customFields.sortExpression(qb, alias, entity, query.sort.slice(3), actor) };
    }
    return {};
  }

  /** Export columns: the built-in ones the actor may see, then their visible custom fields. */
  async exportColumns<D>(
    actor: Actor,
    entity: CustomFieldEntity,
    builtIn: Array<[header: string, field: string, value: (dto: D) => unknown]>,
  ): Promise<Array<[string, (dto: D & { customFields: CustomValues }) => unknown]>> {
    const policy = await this.fieldAccess.policy(actor, entity);
    const custom = await this.customFields.visibleFields(actor, entity);
    return [
      ...builtIn.filter(([, field]) => !policy.hidden.has(field)).map(([header, , value]): [string, (dto: D) => unknown] => [header, value]),
      ...custom.map((field): [string, (dto: D & { customFields: CustomValues }) => unknown] => [
        field.fieldKey,
        (dto) => {
          const value = dto.customFields[field.fieldKey];
          return Array.isArray(value) ? value.join(' ') : value;
        },
      ]),
    ];
  }

  /** History entries without the changes of fields the actor may not see. */
  async redactHistory(actor: Actor, entity: CustomFieldEntity, entries: AuditView[]): Promise<AuditView[]> {
    const policy = await this.fieldAccess.policy(actor, entity);
    const visibleCustom = new Set((await this.customFields.visibleFields(actor, entity)).map((f) => `cf.${f.fieldKey}`));
    const allowed = (field: string) => (field.startsWith('cf.') ? visibleCustom.has(field) : !policy.hidden.has(field));
    return entries.map((entry) => ({
      ...entry,
      changes: Object.fromEntries(Object.entries(entry.changes).filter(([field]) => allowed(field))),
    }));
  }
}
