import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { loadConfig } from './common/config/app-config.js';
import { createApp, openDatabase } from './server.js';
import { buildOpenApi } from './openapi.js';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './common/database/data-source-options.js';
import { ensureDefaults, createUser, rootTeam } from './seed/initial-setup.js';

const USAGE = `Usage: crm <command>
  migrate                         apply pending database migrations
  migrate:revert                  undo the last migration
  create-admin <username> [name]  create an administrator (password from CRM_ADMIN_PASSWORD or a prompt)
  openapi <file>                  write the OpenAPI document`;

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>['dataSource']) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { dataSource, embedded } = await openDatabase(config);
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.CRM_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Password: ');
  } finally {
    rl.close();
  }
}

async function run(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  switch (command) {
    case 'migrate':
      await withDatabase(async (dataSource) => {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'schema is up to date');
      });
      return;
    case 'migrate:revert':
      await withDatabase((dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
      console.log('reverted the last migration');
      return;
    case 'create-admin': {
      const [username, displayName] = rest;
      if (!username) throw new Error(USAGE);
      const password = await readPassword();
      await withDatabase(async (dataSource) => {
        await dataSource.runMigrations({ transaction: 'each' });
        await ensureDefaults(dataSource);
        await dataSource.transaction(async (manager) =>
          createUser(manager, { username, displayName: displayName ?? username, password, team: await rootTeam(manager), roles: ['admin'] }),
        );
      });
      console.log(`administrator ${username} created`);
      return;
    }
    case 'openapi': {
      const target = rest[0];
      if (!target) throw new Error(USAGE);
      // The document needs the routes, not a database: the DataSource is never connected.
      const config = { ...loadConfig({}), logLevel: 'silent', jwtSecret: 'openapi-generation' };
      const app = await createApp(config, new DataSource(dataSourceOptions({ type: 'postgres', url: 'postgres://unused@localhost/unused' })));
      const document = buildOpenApi(app);
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      fs.writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
      await app.close();
      console.log(`wrote ${target}`);
      return;
    }
    default:
      console.log(USAGE);
      process.exitCode = command ? 1 : 0;
  }
}

run(process.argv.slice(2)).catch((error) => {
  console.error((error as Error).message ?? error);
  process.exit(1);
});
