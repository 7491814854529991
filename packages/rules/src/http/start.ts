import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { DEFAULT_PORT, type ServiceOptions } from './options.js';
import { createServer } from './server.js';

export interface StartOptions extends ServiceOptions {
  /** Default 8787; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1; `0.0.0.0` or `::` to accept connections from other machines. */
  readonly host?: string;
  /** Signals that shut the service down gracefully (default SIGTERM and SIGINT); false to handle none. */
  readonly signals?: readonly NodeJS.Signals[] | false;
  /** How long a shutdown waits for requests under way before it closes their connections, in milliseconds (default 10 s). */
  readonly shutdownTimeout?: number;
}

export interface RunningService {
  readonly server: FastifyInstance;
  /** `http://host:port`, with the port chosen when 0 was asked for. */
  readonly url: string;
  readonly port: number;
  /** Resolves once the service has stopped, by `close` or by a signal. */
  readonly stopped: Promise<void>;
  /** Stops accepting connections, lets the requests under way finish, then closes. Safe to call more than once. */
  close(): Promise<void>;
}

/** Starts the service and shuts it down gracefully on SIGTERM or SIGINT. */
export async function start(options: StartOptions = {}): Promise<RunningService> {
  const server = createServer(options);
  await server.listen({ port: options.port ?? DEFAULT_PORT, host: options.host ?? '127.0.0.1' });
  const address = server.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let resolveStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  const signals = options.signals === false ? [] : (options.signals ?? ['SIGTERM', 'SIGINT']);
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      for (const signal of signals) process.off(signal, onSignal);
      // Connections still busy when the time is up are closed, so that a shutdown always ends.
      const force = setTimeout(() => server.server.closeAllConnections(), options.shutdownTimeout ?? 10_000);
      try {
        await server.close();
      } finally {
        clearTimeout(force);
        resolveStopped();
      }
    })();
    return closing;
  };
  const onSignal = (): void => void close();
  for (const signal of signals) process.once(signal, onSignal);

  return { server, url: `http://${host}:${address.port}`, port: address.port, stopped, close };
}
