import { type BrowserOutcome, kilobytes, maximum, median } from './browser-results.js';
import { type AssetSizes } from './downloaded-assets.js';

const ms = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : 'n/a');
const cell = (text: string) => text.replace(/\|/g, '\\|');

function assetRow(what: string, sizes: AssetSizes): string {
  const sent = sizes.encodings.length ? `compressed (${sizes.encodings.join(', ')})` : 'uncompressed';
  return `| ${what} | ${sizes.scripts} | ${kilobytes(sizes.jsGzip)} | ${sizes.stylesheets} | ${kilobytes(sizes.cssGzip)} | ${kilobytes(sizes.jsBytes + sizes.cssBytes)}, sent ${sent} |`;
}

/** The "Browser" section of the generated report. */
export function browserSection(outcome: BrowserOutcome): string[] {
  const lines = ['## Browser', ''];
  if ('notRun' in outcome) return [...lines, `The browser stage ${outcome.notRun.replace(/\.$/, '')}.`];
  const r = outcome.result;
  lines.push(
    `${r.browser}, headless, on the same machine (it shares the CPUs with the server and the database), in a`,
    `${r.viewport.width}×${r.viewport.height} window so that the virtualised table has all ${r.rows} rows in view. Each sample is a new`,
    `browser context with the HTTP cache disabled: it signs in as ${r.username} on the login page, then opens`,
    `\`${r.listRoute}\` (${r.rows} rows a page, the list's default) and is timed from that navigation's start until the`,
    `${r.rows}th row is in the DOM and in view. ${r.samplesPerProfile} samples per network, the networks alternating, after one untimed load.`,
    'The VPN is Chromium\'s network emulation (`Network.emulateNetworkConditions`): the latency is added to',
    'every request, the bandwidth is shared by all of them.',
    '',
    '| network | render median ms | render max ms | list request sent at (median) ms | list request took (median) ms |',
    '|---|---:|---:|---:|---:|',
  );
  for (const p of r.profiles) {
    lines.push(`| ${cell(p.title)} | ${ms(median(p.renderMs))} | ${ms(maximum(p.renderMs))} | ${ms(median(p.listRequestStartMs))} | ${ms(median(p.listRequestMs))} |`);
  }
  lines.push(
    '',
    `The floor: the same list request, \`${cell(r.apiFloor.request)}\`, sent from Node.js as ${r.username} one at a`,
    `time in the same run: p50 ${r.apiFloor.p50.toFixed(r.apiFloor.p50 < 10 ? 2 : 1)} ms over ${r.apiFloor.calls} calls. The rest of the render is the browser's`,
    'and the network\'s: fetching the files, running the code, the other requests and drawing the table.',
    '',
    'What the browser downloaded, sized from the client build (gzip level 9, as the build\'s bundle check counts it):',
    '',
    '| page | scripts | JS gzip | stylesheets | CSS gzip | as built |',
    '|---|---:|---:|---:|---:|---|',
    assetRow('first route: the login page, until it was shown and the network idle', r.firstRoute),
    assetRow(`\`${r.listRoute}\`, cold, signed in, until the ${r.rows}th row showed`, r.listAssets),
  );
  return lines;
}
