import { type TargetCheck } from './targets.js';
import { type ImportOutcome } from './import-stage.js';

/** The issue's limits for 100,000 customers, scaled to the rows a run imports. */
const LIMIT_SECONDS_PER_100K = { csv: 11, xlsx: 16 };

const seconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} s`;

export function importSection(outcome: ImportOutcome): string[] {
  const lines = ['## Customer import', ''];
  if (outcome.notRun) return [...lines, `Not run: ${outcome.notRun}.`];
  lines.push(
    '`POST /api/customers/import?duplicates=skip` as the salesperson: every row checked as a single create would be (DTO, picklist labels,',
    'custom fields, owner rules), duplicates looked up in the file and company-wide, then multi-row INSERTs into the live table with all its',
    `indexes, in one transaction. The floor is parsing the same file with the same library plus loading the same rows into the same table by ${outcome.loadPath},`,
    'rolled back. What each import added was deleted afterwards.',
    '',
    '| file | rows | imported | duplicates skipped | size | API s | rows/s | floor: parse + load s | API/floor |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const run of outcome.runs) {
    const floor = run.parseSeconds + run.loadSeconds;
    lines.push(
      `| ${run.format.toUpperCase()}${run.error ? ` (${run.error})` : ''} | ${run.rows.toLocaleString('en')} | ${run.imported.toLocaleString('en')} | ${run.skipped.toLocaleString('en')} | ` +
        `${(run.fileBytes / 1024 / 1024).toFixed(1)} MB | ${run.seconds.toFixed(2)} | ${Math.round(run.rows / run.seconds).toLocaleString('en')} | ` +
        `${run.parseSeconds.toFixed(2)} + ${run.loadSeconds.toFixed(2)} | ${(run.seconds / floor).toFixed(2)}× |`,
    );
  }
  return lines;
}

export function checkImportTargets(outcome: ImportOutcome): TargetCheck[] {
  if (outcome.notRun) return [{ target: 'Import 100k customers: CSV ≤ 11 s, XLSX ≤ 16 s', measured: `not measured: ${outcome.notRun}`, met: null }];
  return outcome.runs.map((run) => {
    const limit = (LIMIT_SECONDS_PER_100K[run.format] * run.rows) / 100_000;
    return {
      target: `Import ${run.rows.toLocaleString('en')} customers, ${run.format.toUpperCase()}: ≤ ${seconds(limit)} (the issue's ${LIMIT_SECONDS_PER_100K[run.format]} s per 100k) with validation and dedupe`,
      measured: `${seconds(run.seconds)} (floor ${seconds(run.parseSeconds + run.loadSeconds)})${run.error ? `, ${run.error}` : ''}`,
      met: !run.error && run.seconds <= limit,
    };
  });
}
