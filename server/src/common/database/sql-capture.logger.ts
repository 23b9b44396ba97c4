import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'typeorm';

/**
 * Appends every statement the server sends, with its parameters, to a file as JSON lines:
 * `{"at":"…","query":"…","parameters":[…]}` (failed statements also carry `"error"`). Opt-in
 * through SQL_LOG_FILE, so the benchmark can replay exactly what a request ran. Writes are
 * synchronous so lines appear at once and in order; that costs time, so never leave it on.
 */
export class SqlCaptureLogger implements Logger {
  private readonly fd: number;

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.fd = fs.openSync(file, 'a');
  }

  logQuery(query: string, parameters?: unknown[] | object): void {
    this.append({ query, parameters: parameters ?? [] });
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[] | object): void {
    this.append({ query, parameters: parameters ?? [], error: error instanceof Error ? error.message : String(error) });
  }

  logQuerySlow(): void {}

  logSchemaBuild(): void {}

  logMigration(): void {}

  log(): void {}

  private append(entry: { query: string; parameters: unknown; error?: string }): void {
    const line = JSON.stringify({ at: new Date().toISOString(), ...entry }, (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    );
    fs.writeSync(this.fd, `${line}\n`);
  }
}
