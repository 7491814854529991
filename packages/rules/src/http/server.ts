import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { version } from '../../package.json';
import { documentHandler, type DocumentHandler, type DocumentJob } from '../document-lines.js';
import { fromUnexpected, ServiceError, UNSUPPORTED_MEDIA_TYPE } from './errors.js';
import { answerJsonLines, tooLarge } from './json-lines.js';
import { JSON_LINES_TYPES, openApiDocument } from './openapi.js';
import { resolveServiceOptions, type ResolvedServiceOptions, type ServiceOptions } from './options.js';
import { evaluateJob, validateJob } from './request-job.js';
import { listRuleSets } from './rule-set-list.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

type Query = Readonly<Record<string, string | readonly string[] | undefined>>;
type Params = Readonly<Record<string, string>>;

/**
 * The Rummelig HTTP service as a Fastify instance, not yet listening: add
 * your own hooks or routes, call `listen`, or use `start`. Stateless, so any
 * number of instances can stand behind a load balancer.
 */
export function createServer(options: ServiceOptions = {}): FastifyInstance {
  const limits = resolveServiceOptions(options);
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeout,
    keepAliveTimeout: limits.keepAliveTimeout,
    // Node looks for requests past their time every connectionsCheckingInterval (30 s by default): a tenth of the shorter limit keeps it close.
    http: { headersTimeout: limits.headersTimeout, connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.min(limits.headersTimeout, limits.requestTimeout) / 10)) },
    // A request on a kept-alive connection during shutdown gets the service's own 503 (below).
    return503OnClosing: false,
    clientErrorHandler,
  });

  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      reply.header('connection', 'close');
      throw new ServiceError(503, 'service-unavailable', 'The service is shutting down; send the request again.');
    }
  });

  app.removeAllContentTypeParsers();
  // The text is parsed by core's parseJson, so that a document that is not JSON gets the command line's error line.
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: limits.bodyLimit }, (_request, body, done) => done(null, body));
  app.addContentTypeParser([...JSON_LINES_TYPES], (request, payload, done) => {
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > limits.jsonLinesBodyLimit) done(tooLarge(limits.jsonLinesBodyLimit), undefined);
    else done(null, payload);
  });

  app.setErrorHandler((error, request, reply) => {
    const answer = (error as { statusCode?: unknown }).statusCode === 413 ? tooLarge(limits.bodyLimit) : fromUnexpected(error);
    if (answer.status >= 500 && answer.status !== 503) request.log.error({ err: error }, 'request failed');
    return sendError(reply, answer);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new ServiceError(404, 'not-found', `No route ${request.method} ${request.url.split('?')[0] ?? ''}. The routes are listed at /v1/openapi.json.`)),
  );

  documentRoute(app, limits, '/v1/evaluate/:ruleSet', (params, query) => evaluateJob(params['ruleSet'] ?? '', query));
  documentRoute(app, limits, '/v1/validate/:form', (params, query) => validateJob(params['form'] ?? '', query));
  const openApi = JSON.stringify(openApiDocument());
  getRoute(app, '/v1/openapi.json', (_request, reply) => reply.type(JSON_TYPE).send(openApi));
  getRoute(app, '/v1/rule-sets', (_request, reply) => reply.type(JSON_TYPE).send(JSON.stringify(listRuleSets())));
  getRoute(app, '/healthz', (_request, reply) => reply.type(JSON_TYPE).send(JSON.stringify({ status: 'ok', version })));
  return app;
}

function documentRoute(app: FastifyInstance, limits: ResolvedServiceOptions, url: string, jobOf: (params: Params, query: Query) => DocumentJob): void {
  const handlers = new WeakMap<FastifyRequest, DocumentHandler>();
  app.route({
    method: 'POST',
    url,
    // The rule set, date and options are checked before the body is read: a mistake in them never depends on the body.
    onRequest: async (request) => {
      handlers.set(request, documentHandler(jobOf(request.params as Params, request.query as Query)));
    },
    handler: async (request, reply) => {
      const handler = handlers.get(request);
      if (handler === undefined) throw new Error('The document handler is set on request.');
      const { body } = request;
      if (typeof body === 'string') {
        const outcome = handler(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
        const status = outcome.ok ? 200 : outcome.line.error.code === 'invalid-json' ? 400 : 422;
        return reply.code(status).type(JSON_TYPE).send(JSON.stringify(outcome.line));
      }
      if (!(body instanceof Readable)) throw new ServiceError(415, 'unsupported-media-type', UNSUPPORTED_MEDIA_TYPE);
      const answer = answerJsonLines(body, handler, { body: limits.jsonLinesBodyLimit, line: limits.bodyLimit });
      // A body cut off at its limit is not read to its end: the connection closes once the answer is out.
      const { socket } = request.raw;
      reply.raw.once('finish', () => {
        if (answer.cutOff()) socket.destroySoon();
      });
      return reply.type(mediaTypeOf(request)).send(Readable.from(answer.lines, { objectMode: false }));
    },
  });
  methodNotAllowed(app, url, ['POST']);
}

function getRoute(app: FastifyInstance, url: string, handler: (request: FastifyRequest, reply: FastifyReply) => FastifyReply): void {
  app.get(url, handler);
  methodNotAllowed(app, url, ['GET', 'HEAD']);
}

function methodNotAllowed(app: FastifyInstance, url: string, allowed: readonly string[]): void {
  app.route({
    method: METHODS.filter((method) => !allowed.includes(method)),
    url,
    exposeHeadRoute: false,
    handler: (request, reply) => {
      reply.header('allow', allowed.join(', '));
      return sendError(reply, new ServiceError(405, 'method-not-allowed', `${request.method} is not allowed here; use ${allowed.join(' or ')}.`, { allowed }));
    },
  });
}

function sendError(reply: FastifyReply, error: ServiceError): FastifyReply {
  return reply.code(error.status).type(JSON_TYPE).send(JSON.stringify(error.body));
}

/** The answer is JSON Lines of the type the request was sent as. */
function mediaTypeOf(request: FastifyRequest): string {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return `${(JSON_LINES_TYPES as readonly string[]).includes(type) ? type : JSON_LINES_TYPES[0]}; charset=utf-8`;
}

function loggerOptions(logger: ServiceOptions['logger']): boolean | { level: string; stream?: { write(chunk: string): unknown } } {
  if (logger === undefined || logger === false) return false;
  if (logger === true) return { level: 'info' };
  return logger.stream === undefined ? { level: logger.level ?? 'info' } : { level: logger.level ?? 'info', stream: logger.stream };
}

/** Errors Node reports before a request exists (a timeout, oversized headers, a malformed request), in the service's own shape. */
function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // Node sets the response under way on the socket; once its headers are out, nothing more can be said.
  const underway = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  const answer =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new ServiceError(408, 'request-timeout', 'The request was not received in time.')
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? new ServiceError(431, 'header-too-large', 'The request headers are larger than this service accepts.')
        : new ServiceError(400, 'bad-request', 'The request is not valid HTTP.');
  if (!socket.writable || underway?.headersSent === true) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(answer.body);
  const head = `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
  socket.end(head + body);
}
