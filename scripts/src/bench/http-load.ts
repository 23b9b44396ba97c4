import autocannon from 'autocannon';

export interface LoadRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: string;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Non-2xx answers, socket errors and time-outs (and the open requests of a run nothing answered). */
  errors: number;
  statusCounts: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/**
 * Drives `baseUrl` with autocannon for a fixed time at a fixed number of connections. `next(i)`
 * gives the i-th request, so write scenarios can use a fresh record per request. Latencies are the
 * per-response times autocannon reports (high-resolution), ranked here for p50/p95/p99.
 */
export async function runLoad(options: {
  baseUrl: string;
  token?: string;
  connections: number;
  seconds: number;
  /** Seconds before a request counts as timed out; default 10. */
  timeout?: number;
  next: (i: number) => LoadRequest;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let counter = 0;
  const first = options.next(0);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let finished: (result: autocannon.Result) => void = () => {};
  let failed: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)));
  const settings = {
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeout ?? 10,
    headers,
    requests: [
      {
        method: first.method,
        path: first.path,
        body: first.body,
        setupRequest: (request: autocannon.Request) => {
          const next = options.next(counter++);
          return { ...request, method: next.method, path: next.path, body: next.body };
        },
      },
    ],
  };
  const instance = autocannon(settings, (error, result) => (error ? failed(error) : finished(result)));
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const non2xx = Object.entries(statusCounts)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0);
  if (result.timeouts) statusCounts['time-out'] = result.timeouts;
  if (result.errors > result.timeouts) statusCounts['socket error'] = result.errors - result.timeouts;
  // The requests in flight when a run ends are dropped; only when none answered at all is that an error.
  const unanswered = latencies.length === 0 && result.errors === 0 ? options.connections : 0;
  if (unanswered) statusCounts['no answer during the run'] = unanswered;
  const seconds = result.duration || options.seconds;
  return {
    connections: options.connections,
    seconds,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    errors: non2xx + result.errors + unanswered,
    statusCounts,
  };
}
