import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp } from './support/test-app.js';
import type { TestApp } from './support/test-app.js';

/** The API and the web client share one port; client routes fall back to index.html. */
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-client-dist-'));
let app: TestApp;

beforeAll(async () => {
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>CRM</title><div id="app"></div>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("crm")');
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js.br'), zlib.brotliCompressSync('console.log("crm")'));
  app = await startTestApp({ clientDistDir: dist });
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('web client assets', () => {
  it('serves index.html at / and for client routes, uncached', async () => {
    for (const route of ['/', '/customers/42', '/login?redirect=%2Fcustomers']) {
      const res = await fetch(`${app.server.url}${route}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>CRM</title>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year', async () => {
    const res = await fetch(`${app.server.url}/assets/index-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('sends the compressed copy the build left to browsers that accept it', async () => {
    const res = await fetch(`${app.server.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(await res.text()).toBe('console.log("crm")');
    const plain = await fetch(`${app.server.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('keeps API errors as JSON, unknown API paths included', async () => {
    const unknown = await fetch(`${app.server.url}/api/no-such-thing`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    const health = await fetch(`${app.server.url}/api/health`);
    expect((await health.json()).status).toBe('ok');
  });
});
