// Request validation: bodies are checked strictly (no coercion, unknown fields refused);
// query strings and path parameters are coerced from text, as they can only be text.
import type { FastifyInstance } from 'fastify';
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { DomainError } from '../domain/errors.ts';

// ajv-formats is CommonJS: its default export arrives wrapped depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => void;

/** An Ajv as the routes use it (formats on; `false`: no coercion, for bodies). */
export function makeAjv(coerceTypes: Options['coerceTypes']): Ajv {
  // Every problem of a request is reported at once, so a form can mark all its wrong fields.
  const ajv = new Ajv({ coerceTypes, removeAdditional: false, useDefaults: true, allErrors: true, strict: false, discriminator: true });
  addFormats(ajv);
  return ajv;
}

/** The path of the first string holding a NUL character (PostgreSQL's text cannot store one). */
export function nulPath(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(body)' : undefined;
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Installs the two validators, and refuses text with a NUL character in any JSON body or query. */
export function registerValidation(app: FastifyInstance) {
  const strict = makeAjv(false);
  const lenient = makeAjv('array');
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : lenient).compile(schema));
  app.addHook('preValidation', async (request) => {
    const field = nulPath(request.query) ?? nulPath(request.params) ?? nulPath(request.body);
    if (field) throw new DomainError('validation_failed', 'Text may not contain the NUL character (U+0000).', [{ field, message: 'contains a NUL character' }]);
  });
}
