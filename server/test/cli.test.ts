import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type DbConnectionConfig } from '../src/common/config/app-config.js';
import { createTestDatabase, readState } from './support/test-database.js';
import { startTestApp } from './support/test-app.js';

const run = promisify(execFile);
let db: DbConnectionConfig;
let drop: () => Promise<void>;

/** Runs the compiled CLI against the test database, as an operator would. */
function cli(args: string[], extraEnv: Record<string, string> = {}) {
  const url = db.url!.replace(/^mariadb:/, 'mysql:');
  return run(process.execPath, ['dist/cli.js', ...args], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: url, DB_TYPE: db.type, LOG_LEVEL: 'silent', ...extraEnv },
  });
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase({ ...readState(), template: null }));
});

afterAll(async () => {
  await drop();
});

describe('command line', () => {
  it('migrates an empty database, then reports it up to date', async () => {
    expect((await cli(['migrate'])).stdout).toContain('applied: PlatformCore');
    expect((await cli(['migrate'])).stdout).toContain('schema is up to date');
  });

  it('creates the first administrator, who can then log in; weak passwords are refused', async () => {
    await expect(cli(['create-admin', 'alice'], { CRM_ADMIN_PASSWORD: 'weak' })).rejects.toMatchObject({
      stderr: expect.stringContaining('at least 8 characters'),
    });
    const created = await cli(['create-admin', 'alice', 'Alice Admin'], { CRM_ADMIN_PASSWORD: 'Str0ng!Pass' });
    expect(created.stdout).toContain('administrator alice created');

    const app = await startTestApp({ db, seedDemoData: false });
    try {
      const login = await app.as(null).post('/auth/login', { username: 'alice', password: 'Str0ng!Pass' });
      expect(login.status).toBe(200);
      const me = await fetch(`${app.server.url}/api/auth/me`, {
        headers: { authorization: `Bearer ${login.body.accessToken}` },
      }).then((r) => r.json());
      expect(me).toMatchObject({ username: 'alice', roles: ['admin'], team: { name: 'Company' } });
    } finally {
      await app.server.stop();
    }
  });
});
