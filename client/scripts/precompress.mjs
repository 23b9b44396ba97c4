// Writes a Brotli (.br) and a gzip (.gz) copy beside every text asset of the build. The server
// sends the copy the browser accepts, so a branch office on a slow VPN downloads a third of the
// bytes, and no request pays for compressing at run time.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
/** Below this, compressing gains less than the extra header costs. */
const MIN_BYTES = 1024;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) yield* files(file);
    else yield file;
  }
}

let raw = 0;
let brotli = 0;
for (const file of files(DIST)) {
  if (!COMPRESSIBLE.test(file) || file.includes('/.vite/')) continue;
  const content = readFileSync(file);
  if (content.length < MIN_BYTES) continue;
  const br = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  raw += content.length;
  brotli += br.length;
}
console.log(`precompressed: ${(raw / 1024).toFixed(0)} KB of text assets -> ${(brotli / 1024).toFixed(0)} KB brotli`);
