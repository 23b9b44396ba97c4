import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { browserSection } from './browser-report.js';
import { type BrowserResult, median } from './browser-results.js';
import { type AssetSizes, sizeAssets } from './downloaded-assets.js';
import { checkBrowserTargets } from './targets.js';

const sizes = (jsGzip: number): AssetSizes => ({ scripts: 3, stylesheets: 1, jsGzip, cssGzip: 2048, jsBytes: 3 * jsGzip, cssBytes: 8192, encodings: [] });

function result(lan: number[], vpn: number[], firstRouteJs = 150 * 1024): BrowserResult {
  const timings = (key: string, renderMs: number[]) => ({ key, title: key, renderMs, listRequestStartMs: renderMs.map((t) => t / 2), listRequestMs: renderMs.map(() => 20) });
  return {
    browser: 'Chromium 1',
    viewport: { width: 1440, height: 2700 },
    username: 'manager01',
    listRoute: '/customers',
    rows: 50,
    samplesPerProfile: lan.length,
    profiles: [timings('lan', lan), timings('vpn', vpn)],
    apiFloor: { request: 'GET /api/customers?pageSize=50', p50: 4.2, calls: 10 },
    firstRoute: sizes(firstRouteJs),
    listAssets: sizes(300 * 1024),
  };
}

describe('browser stage report', () => {
  it('takes the middle of an odd count and the mean of the two middle values of an even one', () => {
    assert.equal(median([900, 100, 500]), 500);
    assert.equal(median([700, 100]), 400);
    assert.ok(Number.isNaN(median([])));
  });

  it('meets the render target on the medians of both networks, and the JS budget on the first route', () => {
    const [js, render] = checkBrowserTargets({ result: result([500, 700, 2000], [1000, 1100, 5000]) });
    assert.equal(js.met, true);
    assert.equal(render.met, true);
    assert.match(render.measured, /LAN 700\.0 ms \(max 2000\.0 ms\), VPN 1100\.0 ms \(max 5000\.0 ms\)/);

    const [heavy, slow] = checkBrowserTargets({ result: result([500], [1300], 201 * 1024) });
    assert.equal(heavy.met, false);
    assert.equal(slow.met, false);
  });

  it('marks both targets unmeasured, with the reason, when the stage did not run', () => {
    const outcome = { notRun: 'was skipped: no Chromium' };
    for (const check of checkBrowserTargets(outcome)) {
      assert.equal(check.met, null);
      assert.equal(check.measured, 'not measured: the browser stage was skipped: no Chromium');
    }
    assert.deepEqual(browserSection(outcome), ['## Browser', '', 'The browser stage was skipped: no Chromium.']);
  });

  it('sizes requested files from the build, gzip-compressed, and refuses paths outside it', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-dist-'));
    try {
      fs.mkdirSync(path.join(dist, 'assets'));
      const script = Buffer.from('console.log("list");'.repeat(200));
      fs.writeFileSync(path.join(dist, 'assets/app.js'), script);
      fs.writeFileSync(path.join(dist, 'assets/app.css'), 'body{margin:0}');
      const sized = sizeAssets(
        [
          { kind: 'script', pathname: '/assets/app.js', encoding: '' },
          { kind: 'stylesheet', pathname: '/assets/app.css', encoding: 'gzip' },
        ],
        dist,
      );
      assert.equal(sized.scripts, 1);
      assert.equal(sized.jsBytes, script.length);
      assert.equal(sized.jsGzip, gzipSync(script, { level: 9 }).length);
      assert.equal(sized.cssBytes, 14);
      assert.deepEqual(sized.encodings, ['gzip']);
      assert.throws(() => sizeAssets([{ kind: 'script', pathname: '/../secret.js', encoding: '' }], dist), /not a file of the client build/);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
