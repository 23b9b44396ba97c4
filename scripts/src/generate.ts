import { DEFAULT_SEED } from './company/company.js';
import { engineOf, parseArgs, sizeOf } from './cli-args.js';
import { openDatabaseServer } from './database/database-server.js';
import { addModules, databaseName, generateDataset } from './generator.js';

const USAGE = `Usage: node scripts/dist/generate.js [--size S|M|L] [--engine postgres|mariadb] [--seed N] [--add-modules]
Creates (or recreates) the database crm_bench_<size> with the synthetic company.
  --add-modules  keep the customers of a dataset generated without the module rows (activities,
                 orders, contracts, receivables) and add only those`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['help', 'add-modules'], ['size', 'engine', 'seed']);
  if (args.has('help')) return console.log(USAGE);
  const size = sizeOf(args.get('size'), 'S');
  const seed = args.has('seed') ? Number(args.get('seed')) : DEFAULT_SEED;
  const server = await openDatabaseServer(engineOf(args.get('engine')), console.log);
  try {
    if (args.has('add-modules')) await addModules(server, size, seed, console.log);
    else await generateDataset(server, size, seed, console.log);
    console.log(`database: ${databaseName(size)} (${server.origin})`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
