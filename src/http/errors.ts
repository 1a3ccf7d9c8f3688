// Every error leaves as {"error":{"code","message","details"}}: domain errors by their code,
// framework errors (bad JSON, too large, wrong type, validation) by a stable code of ours,
// anything unexpected as a logged 500 with no stack trace.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.ts';
import { statusFor } from './error-status.ts';

const FRAMEWORK_CODES: Record<string, [string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'The body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 'The body is empty but JSON was announced.'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['body_too_large', 'The body is larger than this server accepts.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'This content type is not accepted here; send JSON.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad_request', 'The Content-Length header does not match the body.'],
};

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
  keyword?: string;
}

// A field that must be one of several codes fails each alternative: say once which codes it may be.
const CHOICE_KEYWORDS = new Set(['const', 'anyOf', 'enum']);

function describeValidation(issues: ValidationIssue[], part: string | undefined) {
  const byField = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const base = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const extra = issue.params?.additionalProperty ?? issue.params?.missingProperty;
    const field = [base, extra].filter((x) => x !== undefined && x !== '').join('.') || part || 'body';
    byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  return [...byField].map(([field, group]) => {
    const allowed = group.flatMap((i) => (i.keyword === 'const' ? [String(i.params?.allowedValue)] : i.keyword === 'enum' ? ((i.params?.allowedValues as string[]) ?? []) : []));
    const first = group[0]!;
    const message = group.every((i) => CHOICE_KEYWORDS.has(i.keyword ?? '')) && allowed.length
      ? `must be one of ${allowed.join(', ')}`
      : first.keyword === 'additionalProperties' ? 'is not a known field' : (first.message ?? 'is not valid');
    return { in: part ?? 'body', field, message };
  });
}

/** Sends an error in the API's shape. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  return reply.status(status).type('application/json').send({ error: { code, message, ...(details === undefined ? {} : { details }) } });
}

/** Installs the error and not-found handlers. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof DomainError) {
      return sendError(reply, statusFor(error.code), error.code, error.message, error.details);
    }
    if (error.validation) {
      const details = describeValidation(error.validation as ValidationIssue[], error.validationContext);
      const first = details[0];
      const message = first ? `${first.field} ${first.message}.` : 'The request is not valid.';
      return sendError(reply, 400, 'validation_failed', message, details);
    }
    const known = error.code ? FRAMEWORK_CODES[error.code] : undefined;
    if (known) return sendError(reply, error.statusCode ?? statusFor(known[0]), known[0], known[1]);
    if (error.statusCode === 429) {
      return sendError(reply, 429, 'too_many_attempts', 'Too many attempts; wait a few minutes and try again.');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      if (error instanceof SyntaxError) return sendError(reply, 400, 'invalid_json', 'The body is not valid JSON.');
      return sendError(reply, error.statusCode, 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 500, 'internal_error', 'Something went wrong on our side; it has been logged.');
  });
}
