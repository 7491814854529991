import { MAX_DOCUMENT_BYTES } from '../document-lines.js';

/** The port `rummelig serve` and `start` listen on when none is given. */
export const DEFAULT_PORT = 8787;

/** Limits and timeouts of the service; every one has a default that suits a service behind a load balancer. */
export interface ServiceOptions {
  /** Largest body of one JSON document, in bytes (default 1 MiB, more than any answer document needs). */
  readonly bodyLimit?: number;
  /** Largest JSON Lines body, in bytes (default 256 MiB). It is read and answered line by line, never held whole. */
  readonly jsonLinesBodyLimit?: number;
  /** Time to receive a whole request, headers and body, in milliseconds (default 120 s). */
  readonly requestTimeout?: number;
  /** Time to receive the headers, in milliseconds (default 30 s). */
  readonly headersTimeout?: number;
  /** How long an idle keep-alive connection stays open, in milliseconds (default 72 s: longer than the usual load balancer's 60 s, so the balancer closes first). */
  readonly keepAliveTimeout?: number;
  /** Structured logs (pino) of requests and failures, never of bodies; off by default. */
  readonly logger?: boolean | { readonly level?: string; readonly stream?: { write(chunk: string): unknown } };
}

export interface ResolvedServiceOptions {
  readonly bodyLimit: number;
  readonly jsonLinesBodyLimit: number;
  readonly requestTimeout: number;
  readonly headersTimeout: number;
  readonly keepAliveTimeout: number;
}

export const DEFAULT_SERVICE_OPTIONS: ResolvedServiceOptions = {
  bodyLimit: MAX_DOCUMENT_BYTES,
  jsonLinesBodyLimit: 256 * 1024 * 1024,
  requestTimeout: 120_000,
  headersTimeout: 30_000,
  keepAliveTimeout: 72_000,
};

export function resolveServiceOptions(options: ServiceOptions): ResolvedServiceOptions {
  const resolved: { -readonly [K in keyof ResolvedServiceOptions]: number } = { ...DEFAULT_SERVICE_OPTIONS };
  for (const key of Object.keys(DEFAULT_SERVICE_OPTIONS) as (keyof ResolvedServiceOptions)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value <= 0) throw new TypeError(`${key} must be a positive whole number, not ${String(value)}.`);
    resolved[key] = value;
  }
  // Node requires the headers to arrive within the time for the whole request.
  if (resolved.headersTimeout > resolved.requestTimeout) resolved.headersTimeout = resolved.requestTimeout;
  return resolved;
}
