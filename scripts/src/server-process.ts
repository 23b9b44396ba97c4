import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SETTINGS } from '@crm/server/dist/common/config/app-config.js';
import { SERVER_MAIN } from './paths.js';

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Servers still running, stopped if the benchmark itself is interrupted. */
const running = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of running) child.kill('SIGTERM');
    process.exit(130);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The environment without any CRM setting the caller's shell may carry. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const setting of SETTINGS) for (const name of setting.name.split(' / ')) delete env[name];
  delete env.CLIENT_DIST_DIR;
  return env;
}

/**
 * Starts the built server (`node server/dist/main.js`) on a free loopback port against `databaseUrl`
 * and waits until /api/health answers. Its output goes to `logFile`.
 */
export async function startBuiltServer(options: {
  databaseUrl: string;
  logFile: string;
  settings?: Record<string, string>;
  timeoutMs?: number;
}): Promise<RunningServer> {
  if (!fs.existsSync(SERVER_MAIN)) throw new Error('server/dist/main.js is missing: build the server first');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-server-'));
  const env = {
    ...cleanEnvironment(),
    DATABASE_URL: options.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    MIGRATIONS_RUN: 'true',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    ...options.settings,
  };
  const log = fs.openSync(options.logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [SERVER_MAIN], { env, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  running.add(child);
  child.once('exit', () => running.delete(child));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  let ready = false;
  while (!ready && Date.now() < deadline) {
    const early = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('waiting'), 250))]);
    if (early !== 'waiting') throw new Error(`the server exited with code ${String(early)} before it was ready; see ${options.logFile}`);
    ready = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), 20_000)))]);
    clearTimeout(timer);
    if (done === 'timeout') child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  if (!ready) {
    await stop();
    throw new Error(`the server did not answer /api/health in time; see ${options.logFile}`);
  }
  return { url, pid: child.pid!, stop };
}
