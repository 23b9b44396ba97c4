import { Brackets, DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/** SQL fragments that differ between engines, kept here so modules stay engine-neutral. */
export function containsInsensitive(dataSource: DataSource, column: string, param: string): string {
  switch (dataSource.options.type) {
    case 'postgres':
      return `${column} ILIKE :${param}`;
    case 'oracle':
      return `UPPER(${column}) LIKE UPPER(:${param}) ESCAPE '\\'`;
    case 'mssql':
      return `${column} LIKE :${param} ESCAPE '\\'`;
    default:
      // MySQL/MariaDB and SQL Server compare case-insensitively under their default collations.
      return `${column} LIKE :${param}`;
  }
}

/**
 * PostgreSQL's LOWER(name) / LOWER(email) indexes are in byte order (COLLATE "C"): equality is the
 * same in every deterministic collation, and byte order spares each index descent strcoll calls.
 */
const lowerOnPostgres = (column: string) => `(LOWER(${column}) COLLATE "C")`;

export function equalsInsensitive(dataSource: DataSource, column: string, param: string): string {
  switch (dataSource.options.type) {
    case 'postgres':
      return `${lowerOnPostgres(column)} = LOWER(:${param})`;
    case 'oracle':
      return `LOWER(${column}) = LOWER(:${param})`;
    default:
      return `${column} = :${param}`;
  }
}

/**
 * `column` equals one of the values in `param` (a list; lower-cased by the caller when
 * `ignoreCase`). PostgreSQL takes the list as one array parameter, unnested so the planner probes
 * the column's index once per value (with `= ANY` over thousands of values it expects so many
 * matches that it reads the whole table).
 */
export function inList(dataSource: DataSource, column: string, param: string, ignoreCase = false): string {
  switch (dataSource.options.type) {
    case 'postgres':
      return `${ignoreCase ? lowerOnPostgres(column) : column} IN (SELECT unnest(CAST(:${param} AS text[])))`;
    case 'oracle':
      return `${ignoreCase ? `LOWER(${column})` : column} IN (:...${param})`;
    default:
      // MySQL/MariaDB and SQL Server compare case-insensitively under their default collations.
      return `${column} IN (:...${param})`;
  }
}

/** How many values one inList may carry: SQL Server and Oracle take about a thousand. */
export function inListLimit(dataSource: DataSource): number {
  return dataSource.options.type === 'postgres' ? 10_000 : 1_000;
}

/** Escapes LIKE wildcards in user input; every engine here honours a backslash escape with ESCAPE. */
export function likePattern(text: string, mode: 'contains' | 'prefix'): string {
  const escaped = text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return mode === 'contains' ? `%${escaped}%` : `${escaped}%`;
}

export interface TextSearchColumns {
  /** Matched anywhere in the value, case-insensitively (names). */
  contains: string[];
  /** Matched from the start, case-insensitively (codes, email addresses). */
  prefix: string[];
  /** Matched from the start as written (phone numbers). */
  prefixAsWritten: string[];
}

/**
 * A term of one or two characters (a Chinese surname, a brand's two characters) gives pg_trgm no
 * trigram to look up; on PostgreSQL such terms are found through crm_short_grams, the set of each
 * name's characters and character pairs, which the names carry a GIN index over.
 */
const SHORT_TERM_CHARACTERS = 2;

/** Adds "the text is in one of these columns" to a list or search query. */
export function matchText<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, text: string, columns: TextSearchColumns): void {
  const dataSource = qb.connection;
  const short = dataSource.options.type === 'postgres' && [...text].length <= SHORT_TERM_CHARACTERS;
  const contains = (column: string) =>
    short ? `crm_short_grams(${column}) @> ARRAY[lower(:qGram)]::text[]` : containsInsensitive(dataSource, column, 'qContains');
  const conditions = [
    ...columns.contains.map(contains),
    ...columns.prefix.map((column) => containsInsensitive(dataSource, column, 'qPrefix')),
    ...columns.prefixAsWritten.map((column) => `${column} LIKE :qPrefix`),
  ];
  qb.andWhere(
    new Brackets((match) => {
      for (const condition of conditions) match.orWhere(condition);
    }),
    short ? { qGram: text, qPrefix: likePattern(text, 'prefix') } : { qContains: likePattern(text, 'contains'), qPrefix: likePattern(text, 'prefix') },
  );
}

/**
 * How many matches the search box sorts. It shows the first few by name; sorting every match of a
 * common fragment (tens of thousands of rows) would cost far more than the box can wait, and a
 * planner that walks the name index in order, betting on many matches, reads the whole table when
 * the fragment turns out rare. Taking the first matches the indexes find, then sorting those, is
 * fast either way: exact order below this many matches, a sample of them above it.
 */
export const SEARCH_CANDIDATES = 200;

/** Keeps `outer` to the rows among the first SEARCH_CANDIDATES of `matches` (same table, id column). */
export function amongFirstMatches<T extends ObjectLiteral, M extends ObjectLiteral>(outer: SelectQueryBuilder<T>, alias: string, matches: SelectQueryBuilder<M>): void {
  const inner = matches.clone().select(`${matches.alias}.id`, 'id').orderBy().limit(SEARCH_CANDIDATES);
  outer.andWhere(`${alias}.id IN (SELECT hits.id FROM (${inner.getQuery()}) hits)`).setParameters(inner.getParameters());
}
