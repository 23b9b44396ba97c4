import { DEFAULT_SEED } from './company/company.js';
import { engineOf, parseArgs, sizeOf } from './cli-args.js';
import { openDatabaseServer } from './database/database-server.js';
import { databaseName, generateDataset } from './generator.js';

const USAGE = `Usage: node scripts/dist/generate.js [--size S|M|L] [--engine postgres|mariadb] [--seed N]
Creates (or recreates) the database crm_bench_<size> with the synthetic company.`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['help'], ['size', 'engine', 'seed']);
  if (args.has('help')) return console.log(USAGE);
  const size = sizeOf(args.get('size'), 'S');
  const seed = args.has('seed') ? Number(args.get('seed')) : DEFAULT_SEED;
  const server = await openDatabaseServer(engineOf(args.get('engine')), console.log);
  try {
    await generateDataset(server, size, seed, console.log);
    console.log(`database: ${databaseName(size)} (${server.origin})`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
