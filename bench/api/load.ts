import { Agent, request } from 'node:http';

/**
 * A bounded closed-loop load generator over loopback HTTP: `clients` concurrent keep-alive
 * connections, each sending its next request when the previous answer has been read, until
 * `requests` answers have come back. Latency is measured per request (send → last byte).
 * Enough for p50/p95 at 1 and 50 clients without a load-tool dependency.
 */
export interface LoadResult {
  requests: number;
  errors: number;
  /** Latencies in ms, sorted. */
  latencies: number[];
  seconds: number;
}

function once(agent: Agent, url: URL, headers: Record<string, string>): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(url, { agent, headers, method: 'GET' }, (res) => {
      res.on('data', () => {});
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export async function runLoad(
  urls: readonly string[],
  options: { clients: number; requests: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < options.requests) {
      const i = next++;
      const url = new URL(urls[i % urls.length] ?? '');
      try {
        const r = await once(agent, url, options.headers ?? {});
        if (r.status >= 400) errors++;
        latencies.push(r.ms);
      } catch {
        errors++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.clients }, worker));
  } finally {
    agent.destroy();
  }
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, latencies, seconds: (Date.now() - started) / 1000 };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
