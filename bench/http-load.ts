/** Load for `npm run bench:http`: autocannon runs, summarised as medians. */
import autocannon from "autocannon";
import { cpuMs } from "./http-server.ts";

export interface Load {
  /** Mean requests per second over the run. */
  rps: number;
  p50: number;
  p99: number;
  /**
   * The server's CPU time (user + system) per response, in microseconds: steadier than req/s on
   * a machine shared with other work, since it does not count time spent waiting for a core.
   */
  cpuMicros: number;
  /** Responses that were not 2xx, and connection errors or timeouts: a valid run has none. */
  failures: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  runs: number;
  cookie?: string;
  /** Other request headers (Accept-Encoding, as a browser sends it). */
  headers?: Record<string, string>;
  /** The server's process id, for its CPU time (Linux /proc). */
  pid?: number;
}

/** Runs autocannon `runs` times on `url` and keeps the median run (by req/s). */
export async function measure(url: string, options: LoadOptions): Promise<Load> {
  const loads: Load[] = [];
  for (let i = 0; i < options.runs; i++) loads.push(await once(url, options));
  loads.sort((a, b) => a.rps - b.rps);
  return loads[Math.floor(loads.length / 2)]!;
}

async function once(url: string, { connections, seconds, cookie, headers, pid }: LoadOptions): Promise<Load> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, connections, duration: seconds, headers: { ...headers, ...(cookie ? { cookie } : {}) } });
  return {
    cpuMicros: ((cpuMs(pid) - cpuBefore) * 1000) / result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** A short warm-up, so the JIT and the caches are in the state a running server is in. */
export async function warmUp(url: string, cookie?: string, headers: Record<string, string> = {}): Promise<void> {
  await autocannon({ url, connections: 8, amount: 400, headers: { ...headers, ...(cookie ? { cookie } : {}) } });
}
