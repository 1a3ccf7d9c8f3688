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
  // @fastify/multipart
  FST_FILES_LIMIT: ['too_many_files', 'The form has too many files.'],
  FST_PARTS_LIMIT: ['too_many_parts', 'The form has too many parts.'],
  FST_FIELDS_LIMIT: ['too_many_parts', 'The form has too many fields.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: ['unsupported_media_type', 'Send the files as multipart/form-data.'],
  FST_PROTO_VIOLATION: ['bad_request', 'A form field has a forbidden name.'],
  FST_INVALID_JSON_FIELD_ERROR: ['invalid_json', 'A form field announced as JSON is not valid JSON.'],
  FST_MP_PREMATURE_CLOSE: ['malformed_multipart', 'The multipart body ended before its last part: send the whole form again.'],
};

// The multipart parser (busboy) reports a body cut short or without its boundary with plain
// errors, without a code: they are known by their message, wherever they surface (the parts'
// iterator, a file stream read by a use case, a storage write fed by that stream).
const MALFORMED_MULTIPART = [/unexpected end of multipart data/i, /^Multipart: Boundary not found$/, /^Malformed part header$/, /^The needle cannot/];

function isMalformedMultipart(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (MALFORMED_MULTIPART.some((pattern) => pattern.test(e instanceof Error ? e.message : ''))) return true;
  }
  return false;
}

/** An answer sent while the request's body is still arriving (a 413 from the declared length, or
 * a file cut at its limit): the connection closes after it, so the rest is never read. */
function closeIfBodyUnread(request: FastifyRequest, reply: FastifyReply, status: number) {
  if (status === 413 && !request.raw.complete) reply.header('connection', 'close');
}

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
      const status = statusFor(error.code);
      closeIfBodyUnread(request, reply, status);
      return sendError(reply, status, error.code, error.message, error.details);
    }
    if (isMalformedMultipart(error)) {
      return sendError(reply, 400, 'malformed_multipart', 'The multipart body is malformed or was cut short: send the whole form again.');
    }
    if (error.validation) {
      const details = describeValidation(error.validation as ValidationIssue[], error.validationContext);
      const first = details[0];
      const message = first ? `${first.field} ${first.message}.` : 'The request is not valid.';
      return sendError(reply, 400, 'validation_failed', message, details);
    }
    const known = error.code ? FRAMEWORK_CODES[error.code] : undefined;
    if (known) {
      const status = statusFor(known[0]);
      closeIfBodyUnread(request, reply, status);
      return sendError(reply, status, known[0], known[1]);
    }
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
