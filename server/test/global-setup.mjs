// Runs outside Jest's module system, so it uses the compiled server (the test command builds first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../dist/common/database/embedded-postgres.js';
import { dataSourceOptions } from '../dist/common/database/data-source-options.js';

const TEMPLATE = 'crm_template';

async function runPg(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function engineOfUrl(url) {
  const scheme = url.split(':')[0].toLowerCase();
  return scheme === 'mysql' || scheme === 'mariadb' ? scheme : 'postgres';
}

export default async function globalSetup() {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // Under the system temp dir, not a 0700 home: the embedded server may run as another user.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-test-pg-'));
    globalThis.crmTestDataDir = dataDir;
    globalThis.crmEmbeddedTestDb = await startEmbeddedPostgres(dataDir, 0, () => undefined);
    serverUrl = globalThis.crmEmbeddedTestDb.url.replace(/\/crm$/, '/postgres');
  }
  const engine = engineOfUrl(serverUrl);
  let template = null;
  if (engine === 'postgres') {
    // Migrate once into a template; each test file clones it in milliseconds.
    await runPg(serverUrl, `DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await runPg(serverUrl, `CREATE DATABASE ${TEMPLATE}`);
    const templateUrl = new URL(serverUrl);
    templateUrl.pathname = `/${TEMPLATE}`;
    const dataSource = new DataSource(dataSourceOptions({ type: 'postgres', url: templateUrl.toString() }, { size: 1, waitMs: 10_000 }));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    template = TEMPLATE;
  }
  process.env.CRM_TEST_DB_STATE = JSON.stringify({ serverUrl, engine, template });
  const where = process.env.TEST_DATABASE_URL ? new URL(serverUrl).host : 'embedded';
  console.log(`\nintegration tests on ${engine} (${where})`);
}
