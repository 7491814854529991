import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';

/** The parts of autocannon's result the benchmark reads. */
interface CannonResult {
  readonly requests: { readonly average: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

export interface HttpRow {
  readonly request: string;
  readonly requestsPerSecond: number;
  readonly documentsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
}

/**
 * Requests per second of the built service on loopback, measured by
 * autocannon over keep-alive connections: single documents, each request a
 * different one, and JSON Lines bodies of `linesPerBody` documents.
 */
export async function benchHttp(documents: readonly unknown[], options: { seconds: number; connections: number; linesPerBody: number; asOf: string }): Promise<HttpRow[]> {
  const server = spawn(process.execPath, [new URL('../../../bench/serve-built.mjs', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [first] = (await once(server.stdout, 'data')) as [Buffer];
    const url = first.toString().trim();
    const path = `/v1/evaluate/opsporing?asOf=${options.asOf}`;
    const bodies = documents.map((document) => JSON.stringify(document));
    let next = 0;
    const single = await cannon({
      url: `${url}${path}`,
      connections: options.connections,
      duration: options.seconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request: Record<string, unknown>) => ({ ...request, body: bodies[(next += 1) % bodies.length] }),
        },
      ],
    });
    // Single documents that break the contract get 422, which is an answer too.
    const jsonLines = bodies.slice(0, options.linesPerBody).join('\n');
    const lines = await cannon({
      url: `${url}${path}`,
      connections: options.connections,
      duration: options.seconds,
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: `${jsonLines}\n`,
    });
    if (lines.non2xx > 0) throw new Error(`${lines.non2xx} JSON Lines requests failed.`);
    return [
      row('one document per request', single, 1),
      row(`JSON Lines, ${options.linesPerBody} documents per request`, lines, options.linesPerBody),
    ];
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
}

async function cannon(options: Record<string, unknown>): Promise<CannonResult> {
  const result = (await autocannon(options)) as CannonResult;
  if (result.errors > 0 || result.timeouts > 0) throw new Error(`autocannon: ${result.errors} errors, ${result.timeouts} timeouts.`);
  return result;
}

function row(request: string, result: CannonResult, documentsPerRequest: number): HttpRow {
  return {
    request,
    requestsPerSecond: Math.round(result.requests.average),
    documentsPerSecond: Math.round(result.requests.average * documentsPerRequest),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
  };
}
