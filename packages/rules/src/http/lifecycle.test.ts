import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { start } from './start.js';

const empty = JSON.stringify({ form: 'opsporing', formVersion: 1 });

/** A raw connection, to send requests byte by byte and read what comes back. */
async function rawConnection(url: string): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (text += chunk));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, received: () => text, closed };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Waited in vain for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the service over time', () => {
  it('answers a request whose body does not arrive in time with 408 and its own error body', async () => {
    const service = await start({ port: 0, signals: false, requestTimeout: 400, headersTimeout: 400 });
    try {
      const { socket, received, closed } = await rawConnection(service.url);
      socket.write(`POST /v1/evaluate/opsporing HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"form":`);
      await closed;
      const [head = '', body = ''] = received().split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 408 /);
      expect(head).toMatch(/connection: close/i);
      expect(JSON.parse(body)).toEqual({ error: { code: 'request-timeout', message: expect.any(String) } });
    } finally {
      await service.close();
    }
  });

  it('answers a malformed request with 400 bad-request', async () => {
    const service = await start({ port: 0, signals: false });
    try {
      const { socket, received, closed } = await rawConnection(service.url);
      socket.write('NOT HTTP AT ALL\r\n\r\n');
      await closed;
      expect(received()).toMatch(/^HTTP\/1\.1 400 /);
      expect(JSON.parse(received().split('\r\n\r\n')[1] ?? '')).toEqual({ error: { code: 'bad-request', message: expect.any(String) } });
    } finally {
      await service.close();
    }
  });

  it('shuts down gracefully: no new connections, the request under way finishes, a request behind it gets 503', async () => {
    const service = await start({ port: 0, signals: false });
    const { socket, received, closed } = await rawConnection(service.url);
    const body = `${empty}\n${empty}\n`;
    socket.write(`POST /v1/evaluate/opsporing?asOf=2026-03-02 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: ${body.length}\r\n\r\n${empty}\n`);
    await until(() => received().includes('"recommendation"'), 'the first line');

    const stopping = service.close();
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();

    // The rest of the body, and a second request on the same connection behind it.
    socket.write(`${empty}\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n`);
    await closed;
    await stopping;
    await service.stopped;
    const text = received();
    expect(text.match(/"recommendation":"undetermined"/g)).toHaveLength(2);
    expect(text).toMatch(/HTTP\/1\.1 503 [^]*connection: close[^]*"code":"service-unavailable"/i);
  });

  it('stops on the signals it is given', async () => {
    const service = await start({ port: 0, signals: ['SIGUSR2'] });
    process.emit('SIGUSR2');
    await service.stopped;
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();
    expect(process.listenerCount('SIGUSR2')).toBe(0);
  });

  it('ends a shutdown that waits too long by closing the connections still open', async () => {
    const service = await start({ port: 0, signals: false, shutdownTimeout: 200 });
    const { socket, closed } = await rawConnection(service.url);
    socket.write(`POST /v1/evaluate/opsporing HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nContent-Length: 1000\r\n\r\n${empty}\n`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await service.close();
    await closed;
  });
});
