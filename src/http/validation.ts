// Request validation: bodies are checked strictly (no coercion, unknown fields refused);
// query strings and path parameters are coerced from text, as they can only be text.
import type { FastifyInstance } from 'fastify';
import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';

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

/** Installs the two validators. */
export function registerValidation(app: FastifyInstance) {
  const strict = makeAjv(false);
  const lenient = makeAjv('array');
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : lenient).compile(schema));
}
