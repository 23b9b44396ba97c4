import fs from 'node:fs';

export default async function globalTeardown() {
  await globalThis.crmEmbeddedTestDb?.stop();
  if (globalThis.crmTestDataDir) fs.rmSync(globalThis.crmTestDataDir, { recursive: true, force: true });
}
