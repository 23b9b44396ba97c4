import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const REPO = new URL('../../', import.meta.url).pathname;
const STARTUP_TIMEOUT_MS = 120_000;

/**
 * The environment without what the test runner adds (NODE_ENV=test, VITEST...): the build and the
 * server must run as they do in production, not as parts of a test.
 */
function productionEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  return { ...env, ...extra };
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: productionEnv() });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the CRM server exited with ${server.exitCode} while starting`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the CRM server did not answer ${url}/api/health within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => server.kill('SIGKILL'), 15_000);
    server.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/**
 * Builds migrations, server and client, then starts the server on a fresh embedded database.
 * E2E_BASE_URL instead points the tests at a server that is already running (its demo data
 * must be intact and its login rate limit high enough for one login per test).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const existing = process.env.E2E_BASE_URL;
  if (existing) {
    project.provide('baseUrl', existing.replace(/\/$/, ''));
    return () => Promise.resolve();
  }
  await run('pnpm', ['run', 'build'], REPO);

  const dataDir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: REPO,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: productionEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Every test logs in from the same address.
      LOGIN_RATE_LIMIT: '1000',
    }),
  });

  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
