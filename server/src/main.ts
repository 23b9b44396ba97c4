import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './common/config/app-config.js';
import { startServer } from './server.js';

const logger = new Logger('CRM');

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  logger.log(`CRM ready at http://localhost:${config.port}  (API docs: /api/docs)`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, stopping`);
    server.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error) => {
  logger.error(error instanceof ConfigError ? `configuration: ${error.message}` : (error as Error).stack ?? String(error));
  process.exit(1);
});
