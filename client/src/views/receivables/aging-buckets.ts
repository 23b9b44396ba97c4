import type { AgingRow } from '@/api/types';

/** The aging buckets, youngest first, as the API names them. */
export const AGING_BUCKETS = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const satisfies ReadonlyArray<keyof AgingRow>;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Green to red as money gets older. */
export const BUCKET_COLOURS: Record<AgingBucket, string> = {
  current: '#67c23a',
  days1to30: '#e6c229',
  days31to60: '#f29d38',
  days61to90: '#e9622f',
  over90: '#c4302b',
};

/** The rows the chart shows: the largest totals (the server sends them largest first). */
export const CHART_ROWS = 12;
