import { type Size } from './company/company.js';
import { type Engine } from './database/sql-client.js';

/** `--name value` and `--flag` arguments; unknown ones are an error, so typos do not go unnoticed. */
export function parseArgs(argv: string[], flags: string[], options: string[]): Map<string, string | true> {
  const parsed = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    const name = arg.replace(/^--/, '').split('=')[0];
    const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
    if (flags.includes(name)) parsed.set(name, true);
    else if (options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      parsed.set(name, value);
    } else throw new Error(`unknown argument ${arg}; options: ${[...flags, ...options].map((o) => `--${o}`).join(' ')}`);
  }
  return parsed;
}

export function sizeOf(value: string | true | undefined, fallback: Size): Size {
  const size = typeof value === 'string' ? value.toUpperCase() : fallback;
  if (size !== 'S' && size !== 'M' && size !== 'L') throw new Error('--size must be S, M or L');
  return size;
}

export function engineOf(value: string | true | undefined): Engine {
  const engine = typeof value === 'string' ? value.toLowerCase() : 'postgres';
  if (engine === 'postgres' || engine === 'postgresql') return 'postgres';
  if (engine === 'mariadb' || engine === 'mysql') return 'mariadb';
  throw new Error('--engine must be postgres or mariadb');
}
