import { RummeligError, type ErrorCode, type ServiceErrorCode } from '@rummelig/core';

/** Every error the service answers with has this body; the codes are stable, the messages are English. */
export interface ErrorBody {
  readonly error: { readonly code: ServiceErrorCode | ErrorCode; readonly message: string; readonly [detail: string]: unknown };
}

/** An error that becomes one HTTP answer. Its message and details name the request's parameters, never a document's answers. */
export class ServiceError extends Error {
  readonly status: number;
  readonly code: ServiceErrorCode | ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(status: number, code: ServiceErrorCode | ErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'ServiceError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The code and the message first, as the docs show them; a detail cannot replace either. */
  get body(): ErrorBody {
    const { code: _code, message: _message, ...details } = this.details;
    return { error: { code: this.code, message: this.message, ...details } };
  }
}

/** The HTTP status of each mistake in a call that the registry or the validators report. */
const STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  'unknown-form': 404,
  'unknown-rule-set': 404,
  'invalid-as-of': 400,
  'as-of-outside-rule-set': 400,
  'invalid-option': 400,
  'invalid-document': 422,
  'invalid-rule-set': 500,
};

export function fromRummeligError(error: RummeligError): ServiceError {
  return new ServiceError(STATUS_OF[error.code], error.code, error.message, error.details);
}

/** The answer to any other error: the framework's own (by status), or an internal error that shows nothing of itself. */
export function fromUnexpected(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  if (error instanceof RummeligError) return fromRummeligError(error);
  const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
  switch (status) {
    case 400:
      return new ServiceError(400, 'bad-request', 'The request is malformed.');
    case 408:
      return new ServiceError(408, 'request-timeout', 'The request was not received in time.');
    case 413:
      return new ServiceError(413, 'payload-too-large', 'The request body is larger than this service accepts.');
    case 415:
      return new ServiceError(415, 'unsupported-media-type', UNSUPPORTED_MEDIA_TYPE);
    case 431:
      return new ServiceError(431, 'header-too-large', 'The request headers are larger than this service accepts.');
    default:
      return new ServiceError(500, 'internal-error', 'The service failed to answer this request.');
  }
}

export const UNSUPPORTED_MEDIA_TYPE = 'Send one JSON document as application/json, or JSON Lines as application/x-ndjson or application/jsonl.';
