// Prints how much JavaScript the first page (the login page) downloads, gzip-compressed, and
// fails when it passes the budget. That is the entry chunk, the login page's lazy chunk and
// every chunk they import statically, read from the build manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const DIST = new URL('../dist/', import.meta.url).pathname;
const FIRST_PAGE = 'src/views/login/login-page.vue';
// Libraries the first page must never pull in, by a string their code always contains: charts
// belong to the pages that draw them.
const FORBIDDEN = { echarts: '_echarts_instance_' };

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey || !manifest[FIRST_PAGE]) {
  console.error(`bundle size: the manifest has no entry or no ${FIRST_PAGE}`);
  process.exit(1);
}

/** The chunk and everything it imports statically, transitively. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

const keys = new Set([...staticClosure(entryKey), ...staticClosure(FIRST_PAGE)]);
const chunks = [...keys].map((key) => {
  const file = manifest[key].file;
  const code = readFileSync(join(DIST, file));
  return { file, bytes: gzipSync(code, { level: 9 }).length, code: code.toString('utf8') };
});
const total = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`First page JavaScript (gzip), ${chunks.length} chunks:`);
for (const chunk of chunks.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kib(chunk.bytes).padStart(9)}  ${chunk.file}`);
console.log(`  ${kib(total).padStart(9)}  total; budget ${kib(BUDGET_BYTES)}`);

const offenders = Object.entries(FORBIDDEN)
  .filter(([, signature]) => chunks.some((chunk) => chunk.code.includes(signature)))
  .map(([name]) => name);
if (offenders.length) {
  console.error(`bundle size: the first page includes ${offenders.join(', ')}`);
  process.exit(1);
}
if (total > BUDGET_BYTES) {
  console.error(`bundle size: ${kib(total)} is over the ${kib(BUDGET_BYTES)} budget`);
  process.exit(1);
}
