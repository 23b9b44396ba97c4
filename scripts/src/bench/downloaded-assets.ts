import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Page, type Response } from 'playwright-core';

export interface RequestedAsset {
  kind: 'script' | 'stylesheet';
  /** Path on the CRM server, e.g. /assets/index-abc123.js. */
  pathname: string;
  /** The response's Content-Encoding, '' when the server sent the file as it is. */
  encoding: string;
}

export interface AssetSizes {
  scripts: number;
  stylesheets: number;
  /** Bytes, gzip level 9 as the client's bundle check counts them. */
  jsGzip: number;
  cssGzip: number;
  /** Bytes of the files as built. */
  jsBytes: number;
  cssBytes: number;
  /** Content-Encodings the server answered with; empty when it sent every file uncompressed. */
  encodings: string[];
}

/**
 * Starts recording the scripts and stylesheets `page` receives from `origin`; the function it
 * returns stops and gives what was received, each file once.
 */
export function recordAssets(page: Page, origin: string): () => RequestedAsset[] {
  const assets = new Map<string, RequestedAsset>();
  const onResponse = (response: Response) => {
    const kind = response.request().resourceType();
    const url = new URL(response.url());
    if ((kind !== 'script' && kind !== 'stylesheet') || url.origin !== origin) return;
    assets.set(url.pathname, { kind, pathname: url.pathname, encoding: response.headers()['content-encoding'] ?? '' });
  };
  page.on('response', onResponse);
  return () => {
    page.off('response', onResponse);
    return [...assets.values()];
  };
}

/** Sizes requested assets from the client build they were served from. */
export function sizeAssets(assets: RequestedAsset[], distDir: string): AssetSizes {
  const sizes: AssetSizes = { scripts: 0, stylesheets: 0, jsGzip: 0, cssGzip: 0, jsBytes: 0, cssBytes: 0, encodings: [] };
  for (const asset of assets) {
    const file = path.join(distDir, decodeURIComponent(asset.pathname));
    if (!file.startsWith(distDir + path.sep) || !fs.existsSync(file)) throw new Error(`${asset.pathname} is not a file of the client build`);
    const content = fs.readFileSync(file);
    const gzip = gzipSync(content, { level: 9 }).length;
    if (asset.kind === 'script') {
      sizes.scripts += 1;
      sizes.jsGzip += gzip;
      sizes.jsBytes += content.length;
    } else {
      sizes.stylesheets += 1;
      sizes.cssGzip += gzip;
      sizes.cssBytes += content.length;
    }
    if (asset.encoding && !sizes.encodings.includes(asset.encoding)) sizes.encodings.push(asset.encoding);
  }
  return sizes;
}
