import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, type ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { type FieldProblem, foundOrFail, invalid, staleVersion } from '../errors/app-error.js';
import { PicklistsService } from '../picklists/picklists.service.js';
import { User } from '../../modules/users/user.entity.js';
import { CustomFieldDefinition, CustomFieldValue } from './custom-field.entity.js';
import { updateVersioned } from '../database/versioned-update.js';
import { insertRows } from '../database/bulk-insert.js';
import { decodeValue, encodeValue, filterOperand, type StoredValue, valueColumnOf } from './custom-field-codec.js';
import { CreateCustomFieldDto, CustomFieldDto, type CustomFieldEntity, UpdateCustomFieldDto } from './custom-fields.dto.js';

export interface PreparedWrite {
  field: CustomFieldDefinition;
  rows: StoredValue[];
}

export type CustomValues = Record<string, unknown>;

const roles = (list: string | null) => (list ? list.split(',').filter(Boolean) : []);
const holdsAny = (actor: Actor, list: string | null) =>
  roles(list).length === 0 || roles(list).some((role) => actor.profile.roles.includes(role));

/**
 * Administrator-defined fields on any entity: definitions, validation of written values, storage
 * in the typed value table, and the filters and sorts lists run on them.
 */
@Injectable()
export class CustomFieldsService {
  private cache: { at: number; fields: Promise<CustomFieldDefinition[]> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly picklists: PicklistsService,
    private readonly audit: AuditService,
  ) {}

  /** Active definitions of one entity, in form order. Reloaded after changes and every 30 s. */
  async fieldsOf(entity: CustomFieldEntity): Promise<CustomFieldDefinition[]> {
    if (!this.cache || Date.now() - this.cache.at > 30_000) {
      const fields = this.dataSource.getRepository(CustomFieldDefinition).find({ order: { sortOrder: 'ASC', id: 'ASC' } });
      this.cache = { at: Date.now(), fields };
      fields.catch(() => (this.cache = null));
    }
    return (await this.cache.fields).filter((field) => field.entityKey === entity && field.isActive);
  }

  async visibleFields(actor: Actor, entity: CustomFieldEntity): Promise<CustomFieldDefinition[]> {
    return (await this.fieldsOf(entity)).filter((field) => holdsAny(actor, field.visibleRoles));
  }

  canEdit(actor: Actor, field: CustomFieldDefinition): boolean {
    return holdsAny(actor, field.visibleRoles) && holdsAny(actor, field.editableRoles);
  }

  async describe(actor: Actor, entity?: CustomFieldEntity, includeInactive = false): Promise<CustomFieldDto[]> {
    await this.fieldsOf('customers');
    const all = await this.cache!.fields;
    return all
      .filter((field) => (!entity || field.entityKey === entity) && (includeInactive || field.isActive))
      .filter((field) => includeInactive || holdsAny(actor, field.visibleRoles))
      .map((field) => this.toDto(actor, field));
  }

  /**
   * Validates the customFields of a create or update. Problems name `customFields.<key>` in the
   * same shape as built-in fields. On create, defaults fill what was left out.
   */
  async prepare(
    actor: Actor,
    entity: CustomFieldEntity,
    input: CustomValues | undefined,
    current: CustomValues | null,
  ): Promise<{ writes: PreparedWrite[]; problems: FieldProblem[] }> {
    const fields = await this.fieldsOf(entity);
    const given = input ?? {};
    const problems: FieldProblem[] = [];
    const writes: PreparedWrite[] = [];
    for (const key of Object.keys(given)) {
      // A field the user may not see is, to them, no field at all.
      if (!fields.some((field) => field.fieldKey === key && holdsAny(actor, field.visibleRoles))) {
        problems.push({ field: `customFields.${key}`, reason: `is not a field of ${entity}` });
      }
    }
    for (const field of fields) {
      const name = `customFields.${field.fieldKey}`;
      const provided = Object.prototype.hasOwnProperty.call(given, field.fieldKey);
      let value = provided ? given[field.fieldKey] : undefined;
      if (!provided && current === null && field.defaultValue !== null) value = JSON.parse(field.defaultValue);
      if (value === undefined) {
        if (current === null && field.isRequired && this.canEdit(actor, field)) problems.push({ field: name, reason: 'is required' });
        continue;
      }
      const unchanged = current !== null && JSON.stringify(current[field.fieldKey] ?? null) === JSON.stringify(value);
      if (unchanged) continue;
      if (provided && !this.canEdit(actor, field)) {
        if (holdsAny(actor, field.visibleRoles)) problems.push({ field: name, reason: 'may not be changed by your roles' });
        continue;
      }
      const encoded = encodeValue(field, value);
      if (!encoded.ok) {
        problems.push({ field: name, reason: encoded.reason });
        continue;
      }
      if (encoded.rows.length === 0 && field.isRequired) {
        problems.push({ field: name, reason: 'is required' });
        continue;
      }
      problems.push(...(await this.referenceProblems(field, encoded.rows, name, current?.[field.fieldKey])));
      writes.push({ field, rows: encoded.rows });
    }
    return { writes, problems };
  }

  async save(manager: EntityManager, recordId: number, writes: PreparedWrite[]): Promise<void> {
    for (const { field, rows } of writes) {
      await manager.delete(CustomFieldValue, { fieldId: field.id, recordId });
      if (rows.length) await manager.insert(CustomFieldValue, rows.map((row) => ({ ...row, fieldId: field.id, recordId })));
    }
  }

  async saveForNewRecords(manager: EntityManager, records: Array<{ recordId: number; writes: PreparedWrite[] }>): Promise<void> {
    const values = records.flatMap(({ recordId, writes }) => writes.flatMap(({ field, rows }) => rows.map((row) => ({ ...row, fieldId: field.id, recordId }))));
    await insertRows(manager, CustomFieldValue, ['fieldId', 'recordId', 'valueText', 'valueNum', 'valueDate', 'valueLong'], values);
  }

  /** customFields of many records in one query; with an actor, only the fields they may see. */
  async valuesOf(entity: CustomFieldEntity, recordIds: number[], actor?: Actor, manager?: EntityManager): Promise<Map<number, CustomValues>> {
    const fields = actor ? await this.visibleFields(actor, entity) : await this.fieldsOf(entity);
    const result = new Map<number, CustomValues>(recordIds.map((id) => [id, {}]));
    if (fields.length === 0 || recordIds.length === 0) return result;
    const stored: CustomFieldValue[] = [];
    for (let i = 0; i < recordIds.length; i += 900) {
      // Chunked: Oracle takes at most 1,000 items in an IN list.
      stored.push(
        ...(await (manager ?? this.dataSource.manager).find(CustomFieldValue, {
          where: { recordId: In(recordIds.slice(i, i + 900)), fieldId: In(fields.map((f) => f.id)) },
        })),
      );
    }
    for (const id of recordIds) {
      const values = result.get(id)!;
      for (const field of fields) {
        values[field.fieldKey] = decodeValue(field, stored.filter((row) => row.recordId === id && row.fieldId === field.id));
      }
    }
    return result;
  }

  /** Adds `cf.<key>` filters (equality, or .gte/.lte on numbers and dates) as indexed EXISTS tests. */
  async applyFilters<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    alias: string,
    entity: CustomFieldEntity,
    filters: Record<string, string> | undefined,
    actor: Actor,
  ): Promise<void> {
    let n = 0;
    for (const [name, raw] of Object.entries(filters ?? {})) {
      const [key, operator = 'eq'] = name.split('.');
      const field = (await this.visibleFields(actor, entity)).find((f) => f.fieldKey === key);
      const column = field ? valueColumnOf(field.fieldType) : null;
      const param = `cf.${name}`;
      if (!field) throw invalid([{ field: param, reason: `is not a field of ${entity} you can see` }]);
      if (!column) throw invalid([{ field: param, reason: 'long text cannot be filtered' }]);
      const ranged = column !== 'valueText' && field.fieldType !== 'boolean';
      if (!['eq', 'gte', 'lte'].includes(operator) || (operator !== 'eq' && !ranged)) {
        throw invalid([{ field: param, reason: 'takes equality only, or .gte/.lte on numbers and dates' }]);
      }
      const operand = filterOperand(field, raw);
      if (!operand.ok) throw invalid([{ field: param, reason: operand.reason }]);
      const v = `cfv${++n}`;
      const comparison = { eq: '=', gte: '>=', lte: '<=' }[operator];
      const exists = qb
        .subQuery()
        .select('1')
        .from(CustomFieldValue, v)
        .where(`${v}.recordId = ${alias}.id`)
        .andWhere(`${v}.fieldId = :${v}f`)
        .andWhere(`${v}.${column} ${comparison} :${v}v`)
        .getQuery();
      qb.andWhere(`EXISTS ${exists}`, { [`${v}f`]: field.id, [`${v}v`]: operand.rows[0][column] });
    }
  }

  /** A sort on a single-valued custom field: joins its value and returns what to order by. */
  async sortExpression<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    alias: string,
    entity: CustomFieldEntity,
    key: string,
    actor: Actor,
  ): Promise<string> {
    const field = (await this.visibleFields(actor, entity)).find((f) => f.fieldKey === key);
    const column = field ? valueColumnOf(field.fieldType) : null;
    if (!field || !column || field.fieldType === 'multiPicklist') {
      throw invalid([{ field: 'sort', reason: `cf.${key} is not a sortable field of ${entity}` }]);
    }
    qb.leftJoin(CustomFieldValue, 'cfsort', `cfsort.recordId = ${alias}.id AND cfsort.fieldId = :cfSortField`, {
      cfSortField: field.id,
    });
    return `cfsort.${column}`;
  }

  async create(actor: Actor, dto: CreateCustomFieldDto): Promise<CustomFieldDto> {
    const problems = await this.definitionProblems(dto.fieldType, dto.picklistKey ?? null, dto.decimalScale ?? null, dto.defaultValue);
    const existing = await this.dataSource.getRepository(CustomFieldDefinition).existsBy({ entityKey: dto.entity, fieldKey: dto.fieldKey });
    if (existing) problems.push({ field: 'fieldKey', reason: `is already a field of ${dto.entity}` });
    if (problems.length) throw invalid(problems);
    const id = await this.dataSource.transaction(async (manager) => {
      const values = {
        entityKey: dto.entity,
        fieldKey: dto.fieldKey,
        labelEn: dto.labelEn,
        labelZh: dto.labelZh,
        fieldType: dto.fieldType,
        isRequired: dto.required ?? false,
        defaultValue: dto.defaultValue === undefined || dto.defaultValue === null ? null : JSON.stringify(dto.defaultValue),
        helpEn: dto.helpEn ?? null,
        helpZh: dto.helpZh ?? null,
        picklistKey: dto.picklistKey ?? null,
        decimalScale: dto.fieldType === 'decimal' ? (dto.decimalScale ?? 2) : null,
        visibleRoles: dto.visibleRoles?.join(',') || null,
        editableRoles: dto.editableRoles?.join(',') || null,
        sortOrder: dto.sortOrder ?? 0,
        isActive: true,
      };
      const { identifiers } = await manager.insert(CustomFieldDefinition, { ...values, createdBy: actor.id, version: 1 });
      const newId = Number(identifiers[0].id);
      await this.audit.recordChange(manager, actor, 'custom_field', 'create', newId, null, values);
      return newId;
    });
    return this.reloaded(actor, id);
  }

  async update(actor: Actor, id: number, dto: UpdateCustomFieldDto): Promise<CustomFieldDto> {
    const repository = this.dataSource.getRepository(CustomFieldDefinition);
    const before = foundOrFail(await repository.findOneBy({ id }), 'Custom field', id);
    const problems = await this.definitionProblems(before.fieldType, before.picklistKey, before.decimalScale, dto.defaultValue);
    if (problems.length) throw invalid(problems);
    const changes: Partial<CustomFieldDefinition> = {
      labelEn: dto.labelEn,
      labelZh: dto.labelZh,
      isRequired: dto.required,
      defaultValue: dto.defaultValue === undefined ? undefined : dto.defaultValue === null ? null : JSON.stringify(dto.defaultValue),
      helpEn: dto.helpEn,
      helpZh: dto.helpZh,
      visibleRoles: dto.visibleRoles === undefined ? undefined : dto.visibleRoles?.join(',') || null,
      editableRoles: dto.editableRoles === undefined ? undefined : dto.editableRoles?.join(',') || null,
      sortOrder: dto.sortOrder,
      isActive: dto.isActive,
    };
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    await this.dataSource.transaction(async (manager) => {
      if (!(await updateVersioned(manager, CustomFieldDefinition, id, dto.version, defined))) {
        throw staleVersion('Custom field', id, before.version);
      }
      await this.audit.recordChange(manager, actor, 'custom_field', 'update', id, before, { ...before, ...defined });
    });
    return this.reloaded(actor, id);
  }

  /** Deletes the definition and every stored value of it. */
  async remove(actor: Actor, id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = foundOrFail(await manager.findOneBy(CustomFieldDefinition, { id }), 'Custom field', id);
      await manager.delete(CustomFieldValue, { fieldId: id });
      await manager.delete(CustomFieldDefinition, { id });
      await this.audit.recordChange(manager, actor, 'custom_field', 'delete', id, before, null);
    });
    this.cache = null;
  }

  private async reloaded(actor: Actor, id: number): Promise<CustomFieldDto> {
    this.cache = null;
    const field = await this.dataSource.getRepository(CustomFieldDefinition).findOneByOrFail({ id });
    return this.toDto(actor, field);
  }

  private async definitionProblems(type: string, picklistKey: string | null, scale: number | null, defaultValue: unknown) {
    const problems: FieldProblem[] = [];
    const needsPicklist = type === 'picklist' || type === 'multiPicklist';
    if (needsPicklist && !picklistKey) problems.push({ field: 'picklistKey', reason: `is required for ${type} fields` });
    if (needsPicklist && picklistKey && !(await this.picklists.exists(picklistKey))) {
      problems.push({ field: 'picklistKey', reason: `${picklistKey} is not a picklist` });
    }
    if (!needsPicklist && picklistKey) problems.push({ field: 'picklistKey', reason: `only picklist fields take one` });
    if (defaultValue !== undefined && defaultValue !== null) {
      const probe = { fieldType: type, picklistKey, decimalScale: scale } as CustomFieldDefinition;
      const encoded = encodeValue(probe, defaultValue);
      if (!encoded.ok) problems.push({ field: 'defaultValue', reason: encoded.reason });
      else if (JSON.stringify(defaultValue).length > 255) problems.push({ field: 'defaultValue', reason: 'is too long' });
      else problems.push(...(await this.referenceProblems(probe, encoded.rows, 'defaultValue')));
    }
    return problems;
  }

  /** Picklist keys must be active options; user references must be active users. */
  private async referenceProblems(field: CustomFieldDefinition, rows: StoredValue[], name: string, current?: unknown) {
    if (field.fieldType === 'picklist' || field.fieldType === 'multiPicklist') {
      const unchanged = ([] as unknown[]).concat(current ?? []).map(String);
      return this.picklists.keyProblems(field.picklistKey!, rows.map((row) => row.valueText!), name, unchanged);
    }
    if (field.fieldType === 'user' && rows[0]) {
      const user = await this.dataSource.getRepository(User).findOneBy({ id: Number(rows[0].valueNum), isActive: true });
      if (!user) return [{ field: name, reason: 'is not an active user' }];
    }
    return [];
  }

  private toDto(actor: Actor, field: CustomFieldDefinition): CustomFieldDto {
    return {
      id: field.id,
      entity: field.entityKey,
      fieldKey: field.fieldKey,
      labelEn: field.labelEn,
      labelZh: field.labelZh,
      fieldType: field.fieldType,
      required: field.isRequired,
      defaultValue: field.defaultValue === null ? null : JSON.parse(field.defaultValue),
      helpEn: field.helpEn,
      helpZh: field.helpZh,
      picklistKey: field.picklistKey,
      decimalScale: field.decimalScale,
      visibleRoles: roles(field.visibleRoles),
      editableRoles: roles(field.editableRoles),
      sortOrder: field.sortOrder,
      isActive: field.isActive,
      editable: this.canEdit(actor, field),
      filterable: valueColumnOf(field.fieldType) !== null,
      version: field.version,
    };
  }
}
