import { DataSource } from 'typeorm';

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

export function equalsInsensitive(dataSource: DataSource, column: string, param: string): string {
  switch (dataSource.options.type) {
    case 'postgres':
    case 'oracle':
      return `LOWER(${column}) = LOWER(:${param})`;
    default:
      return `${column} = :${param}`;
  }
}

/** Escapes LIKE wildcards in user input; every engine here honours a backslash escape with ESCAPE. */
export function likePattern(text: string, mode: 'contains' | 'prefix'): string {
  const escaped = text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return mode === 'contains' ? `%${escaped}%` : `${escaped}%`;
}
