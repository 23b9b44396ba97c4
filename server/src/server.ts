import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import rateLimit from '@fastify/rate-limit';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig, type DbConnectionConfig } from './common/config/app-config.js';
import { dataSourceOptions } from './common/database/data-source-options.js';
import { joinOpenTransactions } from './common/database/open-transactions.js';
import { endBudgetedQueries, setQueryBudget } from './common/database/budgeted-queries.js';
import { rememberValidationRules } from './common/validation/validation-metadata-cache.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './common/database/embedded-postgres.js';
import { AppModule } from './app.module.js';
import { AppError } from './common/errors/app-error.js';
import { ensureDefaults } from './seed/initial-setup.js';
import { isEmptyInstall, seedDemoCompany } from './seed/demo-company.js';
import { setUpOpenApi } from './openapi.js';
import { serveClient } from './client-assets.js';

export interface RunningServer {
  app: NestFastifyApplication;
  dataSource: DataSource;
  url: string;
  stop(): Promise<void>;
}

const logger = new Logger('Server');

/** The configured database, or the embedded PostgreSQL when none is configured. */
export async function openDatabase(config: AppConfig): Promise<{ dataSource: DataSource; embedded: EmbeddedDatabase | null }> {
  let embedded: EmbeddedDatabase | null = null;
  let db: DbConnectionConfig | null = config.db;
  if (!db) {
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedDbPort, (line) => logger.log(line));
    db = { type: 'postgres', url: embedded.url };
  }
  const dataSource = new DataSource(dataSourceOptions(db, { size: config.dbPoolSize, waitMs: config.dbPoolWaitMs }));
  joinOpenTransactions(dataSource);
  // List totals give up after their budget on a few connections of their own.
  setQueryBudget(dataSource, config.listCountBudgetMs, Math.max(2, Math.ceil(config.dbPoolSize / 2)));
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { dataSource, embedded };
}

export async function prepareDatabase(dataSource: DataSource, config: AppConfig): Promise<void> {
  if (config.runMigrationsOnStart) {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  }
  await ensureDefaults(dataSource);
  if (config.seedDemoData && (await isEmptyInstall(dataSource))) {
    logger.log('empty database: seeding the demo company (log in as sales1 / Demo@2026)');
    await seedDemoCompany(dataSource);
  }
}

export async function createApp(config: AppConfig, dataSource: DataSource): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    // Client addresses (rate limits, logs) come from X-Forwarded-For only behind a known proxy.
    trustProxy: config.trustProxy,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, dataSource), adapter, {
    logger: config.logLevel === 'silent' ? false : ['error', 'warn', 'log'],
  });
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  // Only routes that opt in (login, refresh) are limited. The plugin throws what the builder
  // returns; the global ErrorFilter renders AppError with its own status and code.
  await fastify.register(rateLimit, {
    global: false,
    max: config.loginRateLimitPerMinute,
    errorResponseBuilder: (_request, context) =>
      new AppError(context.statusCode, 'TOO_MANY_REQUESTS', `Too many attempts; try again in ${context.after}`),
  });
  // Files (imports, attachments) arrive as the request body, larger than JSON bodies may be.
  const files = [
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/pdf',
    'image/png',
    'image/jpeg',
    'application/octet-stream',
  ];
  const fileLimit = Math.max(config.importMaxBytes, config.attachmentMaxBytes);
  fastify.addContentTypeParser(files, { parseAs: 'buffer', bodyLimit: fileLimit }, (_request, body, done) => done(null, body));
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  setUpOpenApi(app);
  await serveClient(app, config.clientDistDir ?? defaultClientDir());
  await app.init();
  return app;
}

function defaultClientDir(): string {
  return path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../client/dist');
}

export async function startServer(config: AppConfig): Promise<RunningServer> {
  rememberValidationRules();
  if (config.logLevel === 'silent') Logger.overrideLogger(false);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const { dataSource, embedded } = await openDatabase(config);
  let app: NestFastifyApplication | null = null;
  const stop = async () => {
    await app?.close();
    await endBudgetedQueries(dataSource);
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  };
  try {
    await prepareDatabase(dataSource, config);
    app = await createApp(config, dataSource);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await stop();
    throw error;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { app, dataSource, url: `http://127.0.0.1:${port}`, stop };
}
