import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, SETTINGS } from './app-config.js';

describe('configuration', () => {
  it('defaults to the embedded database on port 3000 with ./data', () => {
    const config = loadConfig({}, '/srv/crm');
    expect(config).toMatchObject({ port: 3000, dataDir: '/srv/crm/data', db: null, runMigrationsOnStart: true, seedDemoData: true });
  });

  it('reads a database URL and infers the engine from its scheme', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@h:3306/crm' }).db).toEqual({ type: 'mysql', url: 'mysql://u:p@h:3306/crm' });
    expect(loadConfig({ DATABASE_URL: 'postgres://h/crm' }).db?.type).toBe('postgres');
    expect(loadConfig({ DB_TYPE: 'oracle', DB_HOST: 'ora', DB_USER: 'crm', DB_PASSWORD: 'x', DB_NAME: 'XEPDB1' }).db).toMatchObject({
      type: 'oracle',
      serviceName: 'XEPDB1',
    });
  });

  it('fails fast with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError('PORT must be an integer >= 0, got "eighty"'));
    expect(() => loadConfig({ DB_TYPE: 'sqlite' })).toThrow(/DB_TYPE must be one of/);
    expect(() => loadConfig({ DB_TYPE: 'mssql' })).toThrow(/only PostgreSQL can be embedded/);
    expect(() => loadConfig({ DB_HOST: 'db' })).toThrow(/DB_USER, DB_NAME must be set/);
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow(/DEMO_DATA must be true or false/);
  });

  it('is documented in the README, every variable', () => {
    const readme = fs.readFileSync(path.resolve(process.cwd(), '../README.md'), 'utf8');
    for (const setting of SETTINGS) {
      for (const name of setting.name.split(' / ')) expect(readme).toContain(`\`${name}\``);
    }
  });
});
