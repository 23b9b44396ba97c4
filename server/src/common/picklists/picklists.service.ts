import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { type AuditActor, AuditService } from '../audit/audit.service.js';
import { conflict, type FieldProblem, foundOrFail, invalid, staleVersion } from '../errors/app-error.js';
import { Picklist, PicklistOption } from './picklist.entity.js';
import { updateVersioned } from '../database/versioned-update.js';
import { bindingsOf, picklistBindings } from './picklist-field.decorator.js';
import { CreateOptionDto, CreatePicklistDto, PicklistDto, UpdateOptionDto } from './picklists.dto.js';
import { CustomFieldValue, CustomFieldDefinition } from '../custom-fields/custom-field.entity.js';

interface Snapshot {
  picklists: PicklistDto[];
  etag: string;
  byKey: Map<string, Map<string, { isActive: boolean }>>;
}

/**
 * Administrator-editable option sets. Served to clients in one cacheable call; the same cached
 * snapshot validates every write that stores a picklist key.
 */
@Injectable()
export class PicklistsService {
  private snapshot: Promise<Snapshot> | null = null;
  private loadedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Reloaded after changes here, and at least every 30 s for changes made by other processes. */
  all(): Promise<Snapshot> {
    if (Date.now() - this.loadedAt > 30_000) this.snapshot = null;
    if (!this.snapshot) this.loadedAt = Date.now();
    this.snapshot ??= this.load().catch((error) => {
      this.snapshot = null;
      throw error;
    });
    return this.snapshot;
  }

  /**
   * Problems with the picklist keys a write would store on `target`. A value that does not change
   * may stay even if its option was deactivated since.
   */
  async problemsFor(target: EntityTarget<ObjectLiteral>, values: object, before?: object): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    for (const binding of bindingsOf(target)) {
      const value = (values as Record<string, unknown>)[binding.property];
      if (value === undefined || value === null) continue;
      if ((before as Record<string, unknown> | undefined)?.[binding.property] === value) continue;
      problems.push(...(await this.keyProblems(binding.picklistKey, [String(value)], binding.property)));
    }
    return problems;
  }

  async keyProblems(picklistKey: string, keys: string[], field: string, unchanged: string[] = []): Promise<FieldProblem[]> {
    const options = (await this.all()).byKey.get(picklistKey);
    if (!options) return [{ field, reason: `refers to the picklist ${picklistKey}, which does not exist` }];
    return keys
      .filter((key) => !unchanged.includes(key))
      .flatMap((key) => {
        const option = options.get(key);
        if (!option) return [{ field, reason: `"${key}" is not an option of ${picklistKey}` }];
        if (!option.isActive) return [{ field, reason: `"${key}" is no longer an active option of ${picklistKey}` }];
        return [];
      });
  }

  /**
   * What a person may type for each option of a picklist (its key, English or Chinese label, in
   * any letter case) -> the option key. Imports read spreadsheets written with labels.
   */
  async keysByText(picklistKey: string): Promise<Map<string, string>> {
    const picklist = (await this.all()).picklists.find((p) => p.key === picklistKey);
    const byText = new Map<string, string>();
    for (const option of picklist?.options ?? []) {
      for (const text of [option.labelEn, option.labelZh, option.key]) if (text) byText.set(text.trim().toLowerCase(), option.key);
    }
    return byText;
  }

  async exists(picklistKey: string): Promise<boolean> {
    return (await this.all()).byKey.has(picklistKey);
  }

  async createPicklist(actor: AuditActor, dto: CreatePicklistDto): Promise<PicklistDto> {
    if (await this.exists(dto.picklistKey)) throw invalid([{ field: 'picklistKey', reason: 'is already used' }]);
    await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(Picklist, { ...dto, isSystem: false, createdBy: actor.id, version: 1 });
      await this.audit.recordChange(manager, actor, 'picklist', 'create', Number(identifiers[0].id), null, dto);
    });
    return this.changed(dto.picklistKey);
  }

  async addOption(actor: AuditActor, picklistKey: string, dto: CreateOptionDto): Promise<PicklistDto> {
    const options = (await this.all()).byKey.get(picklistKey);
    foundOrFail(options, 'Picklist', picklistKey);
    if (options!.has(dto.optionKey)) throw invalid([{ field: 'optionKey', reason: 'is already an option of this picklist' }]);
    await this.dataSource.transaction(async (manager) => {
      const values = { ...dto, picklistKey, sortOrder: dto.sortOrder ?? (options!.size + 1) * 10, isActive: true };
      const { identifiers } = await manager.insert(PicklistOption, { ...values, createdBy: actor.id, version: 1 });
      await this.audit.recordChange(manager, actor, 'picklist_option', 'create', Number(identifiers[0].id), null, values);
    });
    return this.changed(picklistKey);
  }

  async updateOption(actor: AuditActor, picklistKey: string, optionKey: string, dto: UpdateOptionDto): Promise<PicklistDto> {
    const { version, ...changes } = dto;
    await this.dataSource.transaction(async (manager) => {
      const before = foundOrFail(await manager.findOneBy(PicklistOption, { picklistKey, optionKey }), 'Option', optionKey);
      if (!(await updateVersioned(manager, PicklistOption, before.id, version, changes))) {
        throw staleVersion('Option', before.id, before.version);
      }
      await this.audit.recordChange(manager, actor, 'picklist_option', 'update', before.id, before, { ...before, ...changes });
    });
    return this.changed(picklistKey);
  }

  /** Only options that no record stores can go; the others can be deactivated. */
  async deleteOption(actor: AuditActor, picklistKey: string, optionKey: string): Promise<PicklistDto> {
    await this.dataSource.transaction(async (manager) => {
      const option = foundOrFail(await manager.findOneBy(PicklistOption, { picklistKey, optionKey }), 'Option', optionKey);
      if (await this.isInUse(picklistKey, optionKey)) {
        throw conflict('OPTION_IN_USE', `"${optionKey}" is stored on records; deactivate it instead of deleting it`);
      }
      await manager.delete(PicklistOption, { id: option.id });
      await this.audit.recordChange(manager, actor, 'picklist_option', 'delete', option.id, option, null);
    });
    return this.changed(picklistKey);
  }

  async isInUse(picklistKey: string, optionKey: string): Promise<boolean> {
    for (const binding of picklistBindings().filter((b) => b.picklistKey === picklistKey)) {
      const used = await this.dataSource
        .getRepository(binding.target)
        .createQueryBuilder('r')
        .where(`r.${binding.property} = :optionKey`, { optionKey })
        .getExists();
      if (used) return true;
    }
    return this.dataSource
      .getRepository(CustomFieldValue)
      .createQueryBuilder('v')
      .innerJoin(CustomFieldDefinition, 'f', 'f.id = v.fieldId')
      .where('f.picklistKey = :picklistKey AND v.valueText = :optionKey', { picklistKey, optionKey })
      .getExists();
  }

  private async changed(picklistKey: string): Promise<PicklistDto> {
    this.snapshot = null;
    const { picklists } = await this.all();
    return foundOrFail(picklists.find((p) => p.key === picklistKey), 'Picklist', picklistKey);
  }

  private async load(): Promise<Snapshot> {
    const [sets, options] = await Promise.all([
      this.dataSource.getRepository(Picklist).find({ order: { picklistKey: 'ASC' } }),
      this.dataSource.getRepository(PicklistOption).find({ order: { picklistKey: 'ASC', sortOrder: 'ASC', id: 'ASC' } }),
    ]);
    const picklists: PicklistDto[] = sets.map((set) => ({
      key: set.picklistKey,
      labelEn: set.labelEn,
      labelZh: set.labelZh,
      isSystem: set.isSystem,
      options: options
        .filter((o) => o.picklistKey === set.picklistKey)
        .map((o) => ({
          id: o.id,
          key: o.optionKey,
          labelEn: o.labelEn,
          labelZh: o.labelZh,
          sortOrder: o.sortOrder,
          color: o.color,
          isActive: o.isActive,
          version: o.version,
        })),
    }));
    const byKey = new Map(
      picklists.map((p) => [p.key, new Map(p.options.map((o) => [o.key, { isActive: o.isActive }]))] as const),
    );
    const etag = `"${createHash('sha1').update(JSON.stringify(picklists)).digest('base64url')}"`;
    return { picklists, etag, byKey };
  }
}
