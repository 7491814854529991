import type { AddressInfo } from 'node:net';
import { createPortalServer } from './portal-server.mjs';

export interface RunningPortal {
  readonly origin: string;
  close(): Promise<void>;
}

/** Starts the example portal on a free port of 127.0.0.1, for tests. */
export async function startPortal(): Promise<RunningPortal> {
  const server = createPortalServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
