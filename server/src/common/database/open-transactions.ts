import { AsyncLocalStorage } from 'node:async_hooks';
import { type DataSource, type EntityManager, type QueryRunner } from 'typeorm';

const openTransaction = new AsyncLocalStorage<QueryRunner>();

/**
 * Makes every query issued while a DataSource transaction runs use that transaction's connection.
 *
 * Without this, a read through the DataSource (a repository, a service that knows nothing of the
 * caller's transaction) takes a second connection from the pool while the transaction holds its
 * first. Under load every transaction waits for its second connection while holding one, the pool
 * never frees up and the server hangs. Joining the transaction also lets such reads see the rows
 * it has written. A transaction opened inside another becomes a savepoint of the outer one. An
 * outermost transaction the engine chose as a deadlock victim runs again, up to three times.
 */
export function joinOpenTransactions(dataSource: DataSource): void {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((...args: unknown[]) => {
    // DataSource.transaction passes (isolation, work) or (work, undefined).
    const at = args.findIndex((arg) => typeof arg === 'function');
    const work = args[at] as (inner: EntityManager) => Promise<unknown>;
    args[at] = (inner: EntityManager) => openTransaction.run(inner.queryRunner!, () => work(inner));
    const outermost = !openTransaction.getStore();
    return outermost ? retryingDeadlocks(() => transaction(...args)) : transaction(...args);
  }) as EntityManager['transaction'];

  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const open = openTransaction.getStore();
    // Work that outlives its transaction (a timer started inside it) gets a connection of its own.
    return open && !open.isReleased ? sharing(open) : createQueryRunner(mode);
  };
}

/** Whether the caller runs inside a DataSource transaction (whose rows other connections cannot see yet). */
export function insideTransaction(): boolean {
  return Boolean(openTransaction.getStore());
}

const DEADLOCK_ATTEMPTS = 3;

/**
 * The engine broke a deadlock or a serialisation conflict by rolling this transaction back: all of
 * its work is undone, so it can run again. InnoDB does this even for plain concurrent inserts that
 * check the same foreign keys.
 */
function isDeadlock(error: unknown): boolean {
  const cause = (error as { driverError?: { code?: string; errno?: number; number?: number; sqlState?: string; message?: string } }).driverError;
  if (!cause) return false;
  return (
    cause.code === '40P01' || cause.code === '40001' || cause.sqlState === '40001' ||
    cause.errno === 1213 || cause.number === 1205 || /ORA-00060/.test(cause.message ?? '')
  );
}

async function retryingDeadlocks<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
      // A short random pause, so the transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/** The transaction's runner, lent out: whoever borrowed it cannot release the connection under it. */
function sharing(runner: QueryRunner): QueryRunner {
  return new Proxy(runner, {
    get(target, property, receiver) {
      if (property === 'release') return () => Promise.resolve();
      return Reflect.get(target, property, receiver) as unknown;
    },
    set(target, property, value) {
      return Reflect.set(target, property, value);
    },
  });
}
