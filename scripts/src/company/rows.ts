import { Random, Skewed, streamFor } from './random.js';
import { type Company } from './company.js';
import {
  BRAND_FIRST, BRAND_SECOND, CITIES, CN_COMPANY_SUFFIXES, CONTACT_ROLES, GIVEN_NAMES, INDUSTRIES, INDUSTRY_WORDS,
  LATIN_FAMILY, LATIN_FIRST, LATIN_GIVEN, LATIN_SECOND, LATIN_SUFFIXES, LEVELS, REGIONS, SEGMENT_PICKLIST, SOURCES,
  SURNAMES, TITLES,
} from './vocabulary.js';

export type Value = string | number | boolean | Date | null;

/** One table's rows in column order, produced lazily so millions never sit in memory. */
export interface TableData {
  table: string;
  columns: string[];
  rowCount: number;
  rows: () => Iterable<Value[]>;
}

/** Every generated timestamp lies before this instant, so a run does not depend on the clock. */
export const DATA_EPOCH = Date.UTC(2026, 2, 31);
export const HISTORY_MS = 5 * 365 * 86_400_000;

const cities = new Skewed(CITIES, 1.0);
const brandFirst = new Skewed(BRAND_FIRST, 0.9);
const brandSecond = new Skewed(BRAND_SECOND, 0.9);
const industryWords = new Skewed(INDUSTRY_WORDS, 1.0);
const latinFirst = new Skewed(LATIN_FIRST, 1.1);
const latinSecond = new Skewed(LATIN_SECOND, 1.0);
const latinSuffixes = new Skewed(LATIN_SUFFIXES, 1.0);
const surnames = new Skewed(SURNAMES, 0.9);
const givenNames = new Skewed(GIVEN_NAMES, 0.7);
const industries = new Skewed(INDUSTRIES, 0.8);
const sources = new Skewed(SOURCES, 0.8);
const regions = new Skewed(REGIONS, 0.7);
const segments = new Skewed(SEGMENT_PICKLIST.options.map(([key]) => key), 1.1);

function personName(random: Random): string {
  if (random.chance(0.2)) return `${random.pick(LATIN_GIVEN)} ${random.pick(LATIN_FAMILY)}`;
  return `${surnames.pick(random)}${givenNames.pick(random)}`;
}

function companyName(random: Random, chinese: boolean): string {
  if (chinese) {
    const suffix = random.pick(CN_COMPANY_SUFFIXES);
    return `${cities.pick(random)}${brandFirst.pick(random)}${brandSecond.pick(random)}${industryWords.pick(random)}${suffix}`;
  }
  return `${latinFirst.pick(random)} ${latinSecond.pick(random)} ${latinSuffixes.pick(random)}`;
}

interface CustomerCore {
  ownerId: number;
  teamPath: string;
  created: Date;
  name: string;
  chinese: boolean;
  person: boolean;
}

/** What other tables need to know about customer `id`: recomputed, never stored. */
export function customerCore(company: Company, seed: number, count: number, id: number): CustomerCore {
  const random = streamFor(seed, id, 1);
  const owner = company.owners.pick(random);
  // Older ids were created earlier; a little jitter keeps id and creation order from matching exactly.
  const at = DATA_EPOCH - HISTORY_MS * (1 - id / count) - Math.floor(random.next() * 2 * 86_400_000);
  const person = random.chance(0.08);
  const chinese = random.chance(0.65);
  const name = person ? personName(random) : companyName(random, chinese);
  return { ownerId: owner.userId, teamPath: owner.teamPath, created: new Date(at), name, chinese, person };
}

function levelFrom(random: Random): string {
  let roll = random.next();
  return LEVELS.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'C';
}

/** The level (A, B, C) customer `id` was generated with. */
export function customerLevelOf(seed: number, id: number): string {
  return levelFrom(streamFor(seed, id, 2));
}

function contactCountFrom(random: Random): number {
  return 1 + Math.floor(random.next() * 3);
}

/** How many contacts customer `id` was generated with; their ids follow those of the customers before it. */
export function contactCountOf(seed: number, customerId: number): number {
  return contactCountFrom(streamFor(seed, customerId, 3));
}

export function customerRows(company: Company, seed: number, count: number): TableData {
  const columns = [
    'id', 'code', 'name', 'customer_type', 'industry', 'customer_level', 'source', 'region', 'address', 'phone', 'email',
    'website', 'tags', 'credit_limit', 'status', 'notes', 'owner_id', 'team_path', 'created_at', 'updated_at',
    'created_by', 'version',
  ];
  function* rows(): Iterable<Value[]> {
    for (let id = 1; id <= count; id++) {
      const core = customerCore(company, seed, count, id);
      const random = streamFor(seed, id, 2);
      const level = levelFrom(random);
      const updated = new Date(Math.min(DATA_EPOCH, core.created.getTime() + Math.floor(random.next() * 60) * 86_400_000));
      const city = cities.pick(random);
      yield [
        id,
        `CUS${String(id).padStart(7, '0')}`,
        core.name,
        core.person ? 'person' : 'company',
        random.chance(0.95) ? industries.pick(random) : null,
        level,
        sources.pick(random),
        regions.pick(random),
        core.chinese ? `${city}市${random.pick(['人民路', '中山路', '解放路', '建设路', '科技园路'])}${random.int(1, 999)}号` : `${random.int(1, 999)} ${random.pick(['Market', 'Harbour', 'Park', 'Station'])} Road, ${city}`,
        `+86 ${random.int(10, 999)} ${String(10_000_000 + ((id * 7919) % 90_000_000)).slice(0, 8)}`,
        `info${id}@customer${id}.example.com`,
        random.chance(0.3) ? `https://www.customer${id}.example.com` : null,
        random.chance(0.2) ? (random.chance(0.3) ? 'key-account,renewal' : 'key-account') : null,
        random.chance(0.5) ? `${random.int(1, 500) * 1000}.00` : null,
        random.chance(0.96) ? 'active' : 'archived',
        random.chance(0.1) ? '年度框架协议客户 / framework agreement' : null,
        core.ownerId,
        core.teamPath,
        core.created,
        updated,
        core.ownerId,
        1,
      ];
    }
  }
  return { table: 'customers', columns, rowCount: count, rows };
}

/** One to three contacts per customer (two on average), owned like their customer. */
export function contactRows(company: Company, seed: number, count: number): TableData {
  const columns = [
    'id', 'customer_id', 'name', 'title', 'contact_role', 'mobile', 'phone', 'email', 'birthday', 'is_primary', 'notes',
    'owner_id', 'team_path', 'created_at', 'updated_at', 'created_by', 'version',
  ];
  function* rows(): Iterable<Value[]> {
    let contactId = 0;
    for (let customerId = 1; customerId <= count; customerId++) {
      const core = customerCore(company, seed, count, customerId);
      const random = streamFor(seed, customerId, 3);
      const n = contactCountFrom(random);
      for (let k = 0; k < n; k++) {
        contactId++;
        yield [
          contactId,
          customerId,
          personName(random),
          random.pick(TITLES),
          random.chance(0.7) ? random.pick(CONTACT_ROLES) : null,
          `+86 1${random.int(30, 99)} ${String(10_000_000 + ((contactId * 104_729) % 90_000_000))}`,
          random.chance(0.3) ? `+86 21 ${random.int(1000_0000, 9999_9999)}` : null,
          `p${contactId}@customer${customerId}.example.com`,
          random.chance(0.2) ? `19${random.int(60, 99)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}` : null,
          k === 0,
          null,
          core.ownerId,
          core.teamPath,
          core.created,
          core.created,
          core.ownerId,
          1,
        ];
      }
    }
  }
  // Expected count: the exact number is known only after generation; 2 per customer on average.
  return { table: 'contacts', columns, rowCount: count * 2, rows };
}

/** Values of the two generated custom fields: a segment on 90% of customers, a revenue on 60%. */
export function customFieldValueRows(seed: number, count: number, fieldIds: { segment: number; revenue: number }): TableData {
  const columns = ['id', 'field_id', 'record_id', 'value_text', 'value_num', 'value_date', 'value_long'];
  function* rows(): Iterable<Value[]> {
    let id = 0;
    for (let customerId = 1; customerId <= count; customerId++) {
      const random = streamFor(seed, customerId, 4);
      if (random.chance(0.9)) yield [++id, fieldIds.segment, customerId, segments.pick(random), null, null, null];
      if (random.chance(0.6)) {
        // Log-uniform between 100 thousand and 10 billion.
        const revenue = Math.round(Math.pow(10, 5 + random.next() * 5) * 100) / 100;
        yield [++id, fieldIds.revenue, customerId, null, revenue.toFixed(2), null, null];
      }
    }
  }
  return { table: 'custom_field_values', columns, rowCount: Math.round(count * 1.5), rows };
}

/** A create entry for every customer and a later update for one in ten, as the history shows. */
export function auditRows(company: Company, seed: number, count: number): TableData {
  const columns = ['id', 'entity_type', 'entity_id', 'action', 'actor_id', 'occurred_at', 'changes', 'request_id'];
  function* rows(): Iterable<Value[]> {
    let id = 0;
    for (let customerId = 1; customerId <= count; customerId++) {
      const core = customerCore(company, seed, count, customerId);
      yield [++id, 'customer', customerId, 'create', core.ownerId, core.created, JSON.stringify({ name: [null, core.name], status: [null, 'active'] }), null];
      const random = streamFor(seed, customerId, 5);
      if (random.chance(0.1)) {
        const at = new Date(Math.min(DATA_EPOCH, core.created.getTime() + random.int(1, 90) * 86_400_000));
        yield [++id, 'customer', customerId, 'update', core.ownerId, at, JSON.stringify({ customerLevel: ['C', 'B'] }), null];
      }
    }
  }
  return { table: 'audit_log', columns, rowCount: Math.round(count * 1.1), rows };
}
