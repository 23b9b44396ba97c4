import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/access/actor.js';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { deferSearchIndexMerge, insertRows, reserveIds } from '../../common/database/bulk-insert.js';
import { forbidden } from '../../common/errors/app-error.js';
import { RepeatedKeys, unknownHeaders, validateRow } from '../../common/import/column-map.js';
import { type ImportProblem, importRejected, sheetRowNumber } from '../../common/import/import-report.js';
import { type ImportFormat, readSheet, type SheetRow } from '../../common/import/spreadsheet.js';
import type { PreparedWrite } from '../../common/custom-fields/custom-fields.service.js';
import { PicklistsService } from '../../common/picklists/picklists.service.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { UsersService } from '../users/users.service.js';
import { Customer } from './customer.entity.js';
import { customerColumnsOf } from './customer.mapper.js';
import { CUSTOMER_COLUMNS, customFieldHeaders, type ImportVocabulary, mapCustomerRow, picklistsOfColumns } from './customer-import-columns.js';
import { CustomersRepository } from './customers.repository.js';
import { CreateCustomerDto, type CustomerImportResultDto, type ImportDuplicateDto } from './customers.dto.js';

export type DuplicateHandling = 'reject' | 'skip';

interface Candidate {
  index: number;
  columns: Partial<Customer>;
  ownerId: number;
  teamPath: string;
  customWrites: PreparedWrite[];
  customValues: Record<string, unknown>;
}

/** Columns every imported customer sets, in one list so each multi-row INSERT has the same shape. */
const INSERTED: Array<keyof Customer & string> = [
  'code', 'name', 'customerType', 'industry', 'customerLevel', 'source', 'region', 'address', 'phone', 'email',
  'website', 'tags', 'creditLimit', 'notes', 'status', 'ownerId', 'teamPath', 'createdBy', 'version',
];
/** How many duplicates a result lists one by one. */
const LISTED_DUPLICATES = 500;

/**
 * Imports customers from a CSV or Excel file. Every row goes through the checks of a single create
 * (the same DTO, picklists, custom fields, field rules and owner rules), and through a duplicate
 * check against the file itself and the whole company; a file with any bad row is refused whole.
 * The rows then go in with multi-row INSERTs in one transaction.
 */
@Injectable()
export class CustomerImportService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly customers: CustomersRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly fields: RecordFieldsService,
    private readonly picklists: PicklistsService,
  ) {}

  async importFile(actor: Actor, format: ImportFormat, file: Buffer, duplicates: DuplicateHandling, dryRun: boolean): Promise<CustomerImportResultDto> {
    const { headers, rows } = await readSheet(format, file);
    const fileProblems = this.fileProblems(headers, rows.length);
    const vocabulary = await this.vocabulary(actor, headers, rows);
    const unknown = unknownHeaders(headers, CUSTOMER_COLUMNS, (header) => vocabulary.customFieldsByHeader.has(header.trim().toLowerCase()));
    for (const header of unknown) {
      fileProblems.push({ row: 1, field: header, reason: `is not a customer column (use ${CUSTOMER_COLUMNS.fields().join(', ')} or a custom field)` });
    }
    if (fileProblems.length) throw importRejected(fileProblems);

    const checked = await this.checkRows(actor, rows, vocabulary);
    const matches = await this.matchExisting(actor, checked.candidates);
    const problems = [...checked.problems, ...matches.problems];
    const found = [...checked.duplicates, ...matches.duplicates].sort((a, b) => a.row - b.row);
    if (duplicates === 'reject') problems.push(...found.map((d) => ({ row: d.row, field: d.matchedOn[0], reason: duplicateReason(d) })));
    if (problems.length) throw importRejected(problems);

    const skippedRows = new Set(found.map((d) => d.row));
    const accepted = checked.candidates.filter((candidate) => !skippedRows.has(sheetRowNumber(candidate.index)));
    if (!dryRun) await this.insert(actor, accepted);
    return { rows: rows.length, imported: accepted.length, skipped: found.length, duplicates: found.slice(0, LISTED_DUPLICATES), dryRun };
  }

  private fileProblems(headers: string[], rowCount: number): ImportProblem[] {
    if (rowCount === 0) return [{ row: 1, field: 'file', reason: 'has no data rows' }];
    if (rowCount > this.config.importMaxRows) return [{ row: 1, field: 'file', reason: `has more than ${this.config.importMaxRows} rows` }];
    if (!headers.some((header) => CUSTOMER_COLUMNS.fieldOf(header) === 'name')) return [{ row: 1, field: 'name', reason: 'column is missing' }];
    return [];
  }

  /** Picklist labels, the custom fields the user may fill in, and the users the file names. */
  private async vocabulary(actor: Actor, headers: string[], rows: SheetRow[]) {
    const customFields = await this.fields.writableFields(actor, 'customers');
    const picklists = new Map(await Promise.all(picklistsOfColumns(customFields).map(async (key) => [key, await this.picklists.keysByText(key)] as const)));
    const customFieldsByHeader = customFieldHeaders(customFields);
    const userColumns = headers.filter(
      (header) => CUSTOMER_COLUMNS.fieldOf(header) === 'owner' || customFieldsByHeader.get(header.trim().toLowerCase())?.fieldType === 'user',
    );
    const names = [...new Set(rows.flatMap((row) => userColumns.map((header) => row[header]?.trim()).filter(Boolean)))];
    const owners = new Map<string, { id: number; teamPath: string }>([[actor.profile.username, { id: actor.id, teamPath: actor.profile.teamPath }]]);
    const byDisplayName = new Map<string, Array<{ id: number; teamPath: string }>>();
    for (let start = 0; start < names.length; start += 1_000) {
      for (const user of await this.users.findOwnerPlacementsByName(names.slice(start, start + 1_000))) {
        owners.set(user.username, user);
        byDisplayName.set(user.displayName, [...(byDisplayName.get(user.displayName) ?? []), user]);
      }
    }
    // An export names owners by display name; one that two people share names nobody.
    for (const [displayName, users] of byDisplayName) if (users.length === 1 && !owners.has(displayName)) owners.set(displayName, users[0]);
    const vocabulary: ImportVocabulary = { picklists, customFieldsByHeader, userIdOf: (name) => owners.get(name)?.id };
    return { ...vocabulary, owners };
  }

  /** Each row as a single create would check it, plus repeats of a name, phone, email or code within the file. */
  private async checkRows(actor: Actor, rows: SheetRow[], vocabulary: Awaited<ReturnType<CustomerImportService['vocabulary']>>) {
    const candidates: Candidate[] = [];
    const problems: ImportProblem[] = [];
    const duplicates: ImportDuplicateDto[] = [];
    const repeats = new RepeatedKeys();
    const codes = new RepeatedKeys();
    const mayCreateFor = new Map<number, boolean>();
    for (const [index, row] of rows.entries()) {
      const at = (problem: { field: string; reason: string }) => problems.push({ row: sheetRowNumber(index), ...problem });
      const mapped = mapCustomerRow(row, vocabulary);
      mapped.problems.forEach(at);
      const { dto, problems: invalid } = validateRow(CreateCustomerDto, mapped.body, index);
      problems.push(...invalid);
      const owner = mapped.owner === null ? vocabulary.owners.get(actor.profile.username)! : vocabulary.owners.get(mapped.owner);
      if (!owner) at({ field: 'owner', reason: `"${mapped.owner}" names no active user (or more than one)` });
      else if (!this.mayCreateFor(actor, owner, mayCreateFor)) at({ field: 'owner', reason: 'may be set only by users allowed to assign customers to that owner' });
      const repeatedCode = codes.check('code', dto.code, index);
      if (repeatedCode) problems.push(repeatedCode);
      const repeated = duplicateKeys(dto).flatMap(([field, key]) => {
        const earlierRow = repeats.earlierRow(field, key, index);
        return earlierRow === null ? [] : [{ field, earlierRow }];
      });
      if (repeated.length) {
        duplicates.push({ row: sheetRowNumber(index), matchedOn: repeated.map((r) => r.field), existing: null, earlierRow: repeated[0].earlierRow });
        continue;
      }
      // The field rules run on a row with other problems too, so a file needs one round of fixes.
      const reported = new Set([...mapped.problems, ...invalid].map((problem) => problem.field));
      const columns = customerColumnsOf(dto);
      const checked = await this.fields.writeProblems(actor, 'customers', Customer, columns, dto.customFields, null);
      checked.problems.filter((problem) => !reported.has(problem.field)).forEach(at);
      if (invalid.length || mapped.problems.length || !owner || checked.problems.length) continue;
      candidates.push({ index, columns, ownerId: owner.id, teamPath: owner.teamPath, customWrites: checked.writes, customValues: dto.customFields ?? {} });
    }
    return { candidates, problems, duplicates };
  }

  private mayCreateFor(actor: Actor, owner: { id: number; teamPath: string }, known: Map<number, boolean>): boolean {
    if (!known.has(owner.id)) {
      const placement = { ownerId: owner.id, teamPath: owner.teamPath };
      known.set(owner.id, actor.can('create', 'customers', placement) && (owner.id === actor.id || actor.can('assign', 'customers', placement)));
    }
    return known.get(owner.id)!;
  }

  /**
   * Existing customers, company-wide, sharing a name, phone or email with a row: duplicates, named
   * only when the user may see them. A code already taken is a problem in any case.
   */
  private async matchExisting(actor: Actor, candidates: Candidate[]) {
    const keysOf = (field: string) => candidates.flatMap((c) => duplicateKeys(c.columns).filter(([f]) => f === field).map(([, key]) => key));
    const existing = await this.customers.findMatchesForSystem({
      names: keysOf('name'),
      phones: keysOf('phone'),
      emails: keysOf('email'),
      codes: candidates.map((c) => c.columns.code).filter((code): code is string => Boolean(code)),
    });
    const byKey = new Map<string, Customer>();
    for (const customer of existing) {
      byKey.set(`name:${customer.name.toLowerCase()}`, customer);
      if (customer.phone) byKey.set(`phone:${customer.phone}`, customer);
      if (customer.email) byKey.set(`email:${customer.email.toLowerCase()}`, customer);
      byKey.set(`code:${customer.code}`, customer);
    }
    const duplicates: ImportDuplicateDto[] = [];
    const problems: ImportProblem[] = [];
    for (const candidate of candidates) {
      const row = sheetRowNumber(candidate.index);
      const { code } = candidate.columns;
      if (code && byKey.has(`code:${code}`)) problems.push({ row, field: 'code', reason: 'is already used by another customer' });
      const matched = duplicateKeys(candidate.columns).filter(([field, value]) => byKey.has(`${field}:${value}`));
      if (matched.length === 0) continue;
      const match = byKey.get(`${matched[0][0]}:${matched[0][1]}`)!;
      const visible = actor.can('read', 'customers', match);
      duplicates.push({ row, matchedOn: matched.map(([field]) => field), existing: visible ? { id: match.id, code: match.code, name: match.name } : null });
    }
    return { duplicates, problems };
  }

  private async insert(actor: Actor, candidates: Candidate[]): Promise<void> {
    if (!actor.can('create', 'customers')) throw forbidden('You may not create customers');
    await this.dataSource.transaction(async (manager) => {
      await deferSearchIndexMerge(manager);
      // Where ids can be taken up front, codes are written with the rows; elsewhere they follow.
      const reserved = await reserveIds(manager, Customer, candidates.length);
      const batch = randomBytes(6).toString('hex');
      const rows = candidates.map((candidate, i) => ({
        ...(reserved ? { id: reserved[i] } : {}),
        ...Object.fromEntries(INSERTED.map((column) => [column, null])),
        ...candidate.columns,
        code: candidate.columns.code ?? (reserved ? customerCode(reserved[i]) : `TMP-${batch}-${i}`),
        customerType: candidate.columns.customerType ?? 'company',
        status: 'active' as const,
        ownerId: candidate.ownerId,
        teamPath: candidate.teamPath,
        createdBy: actor.id,
        version: 1,
      })) as Array<Partial<Customer>>;
      const ids = await insertRows(manager, Customer, reserved ? ['id', ...INSERTED] : INSERTED, rows);
      if (!reserved) {
        const generated = candidates.flatMap((candidate, i) => (candidate.columns.code ? [] : [{ id: ids[i], code: customerCode(ids[i]) }]));
        await this.customers.setCodes(manager, generated);
      }
      await this.fields.saveNewRecordsCustomFields(
        manager,
        candidates.map((candidate, i) => ({ recordId: ids[i], writes: candidate.customWrites })),
      );
      await this.audit.recordMany(
        manager,
        candidates.map((candidate, i) => ({
          entityType: 'customer',
          entityId: ids[i],
          action: 'import' as const,
          actorId: actor.id,
          requestId: actor.requestId,
          before: null,
          after: this.fields.snapshot({ ...rows[i], id: ids[i], code: rows[i].code }, candidate.customValues),
        })),
      );
    });
  }
}

export const customerCode = (id: number) => `CUS${String(id).padStart(7, '0')}`;

/**
 * What makes two customers the same: phone, email, and for companies the name (people share
 * names, so a person's name alone is no duplicate).
 */
function duplicateKeys(columns: { name?: string | null; phone?: string | null; email?: string | null; customerType?: string | null }): Array<[string, string]> {
  const keys: Array<[string, string | null | undefined]> = [
    ['name', columns.customerType === 'person' ? null : columns.name?.toLowerCase()],
    ['phone', columns.phone],
    ['email', columns.email?.toLowerCase()],
  ];
  return keys.filter((key): key is [string, string] => Boolean(key[1]));
}

function duplicateReason(duplicate: ImportDuplicateDto): string {
  const on = duplicate.matchedOn.join(', ');
  if (duplicate.earlierRow) return `repeats row ${duplicate.earlierRow} (${on})`;
  return duplicate.existing ? `matches customer ${duplicate.existing.code} (${on})` : `matches a customer outside your scope (${on})`;
}
