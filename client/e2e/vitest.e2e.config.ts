import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Debian's Chromium drives the built client, served with the API by a real
 * CRM server that global-setup.ts builds and starts on a fresh database.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    // One server and one browser at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './e2e/summary-reporter.ts'],
  },
});
