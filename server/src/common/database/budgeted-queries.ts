import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

const logger = new Logger('BudgetedQueries');

interface PgPool {
  options: Record<string, unknown>;
  query(sql: string, params: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Reads that may give up after a time budget (a list's total). On PostgreSQL they run on a small
 * pool of their own whose connections carry the budget as their statement_timeout, so a budgeted
 * read is one round trip; with SET LOCAL inside a transaction it took four, each a wake-up of the
 * server on a busy machine. Elsewhere there is no budget: the read runs like any other.
 */
class BudgetedQueries {
  private pool: PgPool | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly budgetMs: number,
    private readonly connections: number,
  ) {}

  /** The rows, or null when the budget ran out. */
  async query(sql: string, params: unknown[]): Promise<Array<Record<string, unknown>> | null> {
    // Logged as TypeORM logs its own statements, so SQL logging and capture see this one too.
    this.dataSource.logger.logQuery(sql, params);
    try {
      return (await this.poolOf().query(sql, params)).rows;
    } catch (error) {
      if ((error as { code?: string }).code === '57014') return null;
      this.dataSource.logger.logQueryError(error as Error, sql, params);
      throw error;
    }
  }

  private poolOf(): PgPool {
    if (!this.pool) {
      // The same connection settings as the main pool, from the driver's own pool.
      const main = (this.dataSource.driver as unknown as { master: PgPool }).master;
      const Pool = main.constructor as new (options: Record<string, unknown>) => PgPool;
      // Without parallel workers: a count that needs them will not finish within the budget
      // anyway, and starting and stopping them added half the budget again to every cut-off count.
      const options = [main.options.options, '-c max_parallel_workers_per_gather=0'].filter(Boolean).join(' ');
      this.pool = new Pool({ ...main.options, options, max: this.connections, statement_timeout: this.budgetMs });
      // An idle connection the server closes (a restart, the embedded database stopping first on a
      // signal) is an 'error' event; unheard, it would end the process. The next query reconnects.
      this.pool.on('error', (error) => logger.warn(`list count connection closed: ${error.message}`));
    }
    return this.pool;
  }

  async end(): Promise<void> {
    await this.pool?.end();
    this.pool = null;
  }
}

const budgeted = new WeakMap<DataSource, BudgetedQueries>();

/** Gives the DataSource budgeted reads; a budget of 0, or an engine other than PostgreSQL, gives none. */
export function setQueryBudget(dataSource: DataSource, budgetMs: number, connections: number): void {
  if (budgetMs > 0 && dataSource.options.type === 'postgres') budgeted.set(dataSource, new BudgetedQueries(dataSource, Math.round(budgetMs), connections));
}

export function budgetedQueries(dataSource: DataSource): BudgetedQueries | undefined {
  return budgeted.get(dataSource);
}

export async function endBudgetedQueries(dataSource: DataSource): Promise<void> {
  await budgeted.get(dataSource)?.end();
}
