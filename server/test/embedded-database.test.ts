import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../src/common/config/app-config.js';
import { startServer } from '../src/server.js';

/** The zero-configuration path: no database settings, the embedded PostgreSQL under DATA_DIR. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-embedded-'));

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'sales1', password: 'Demo@2026' }),
  });
  return (await res.json()).accessToken;
}

describe('embedded PostgreSQL', () => {
  it('keeps its data across restarts and seeds the demo company only once', async () => {
    const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), port: 0, host: '127.0.0.1' };
    const first = await startServer(config);
    const token = await login(first.url);
    const created = await fetch(`${first.url}/api/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Survives Restart Ltd' }),
    }).then((r) => r.json());
    const users = await first.dataSource.query('SELECT COUNT(*) AS n FROM users');
    await first.stop();
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await startServer(config);
    try {
      const again = await fetch(`${second.url}/api/customers/${created.id}`, {
        headers: { authorization: `Bearer ${await login(second.url)}` },
      }).then((r) => r.json());
      expect(again.name).toBe('Survives Restart Ltd');
      expect(await second.dataSource.query('SELECT COUNT(*) AS n FROM users')).toEqual(users);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('stops the database cleanly when the server process gets SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['dist/main.js'], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let healthy = false;
    for (let i = 0; i < 100 && !healthy; i++) {
      await new Promise((r) => setTimeout(r, 200));
      healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    }
    expect(healthy).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 60_000);
});
