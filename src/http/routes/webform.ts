// The public web form's API (API.md: Web form): GET /api/v1/webform/{slug} tells the page what to
// offer, POST /api/v1/webform/{slug} takes a request (JSON, or multipart with the JSON in a
// `payload` part and up to five `photos`), and GET /f/{slug}/embed.js is the snippet an agency puts
// on its own site. Public: limited per address twice over — every POST (@fastify/rate-limit), and
// the requests accepted (http/submission-limit.ts), which a refused one does not use up.
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  WEBFORM_MAX_PHOTOS, WEBFORM_PHOTO_MAX_BYTES, WEBFORM_REQUESTS_PER_WINDOW, WEBFORM_SUBMISSIONS_PER_WINDOW, WEBFORM_WINDOW_MINUTES,
} from '../../domain/inbound/webform-rules.ts';
import { WebformInput, type WebformInputT } from '../../inbound/webform-input.ts';
import { webformLinks, webformOrganization, webformView } from '../../inbound/webform-view.ts';
import { submitWebform } from '../../inbound/submit-webform.ts';
import { embedScript } from '../../inbound/webform-embed.ts';
import type { InboundFile } from '../../inbound/inbound-files.ts';
import { fileTooLarge } from '../../tickets/upload-attachments.ts';
import { ErrorResponse, STAFF_ERRORS } from '../schemas/common.ts';
import { actorOf } from '../access.ts';
import { makeAjv } from '../validation.ts';
import { multipartFiles, refuseDeclaredOversize, uploadBodyLimit } from '../multipart-files.ts';
import { SubmissionLimit } from '../submission-limit.ts';

const tags = ['webform'];
const Params = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9-]+$' }) }, { additionalProperties: false });
const errors = { 400: ErrorResponse, 404: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 429: ErrorResponse };

const Field = Type.Object({
  key: Type.String(), label: Type.Object({ fr: Type.String(), en: Type.String() }),
  type: Type.Union(['text', 'number', 'boolean', 'date', 'select'].map((t) => Type.Literal(t))), required: Type.Boolean(), options: Type.Optional(Type.Array(Type.String())),
});
export const WebformView = Type.Object({
  organization: Type.Object({ name: Type.String(), slug: Type.String() }),
  categories: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), fields: Type.Array(Field) })),
  properties: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), address: Type.String() })),
  formToken: Type.String(),
  limits: Type.Object({ maxPhotos: Type.Integer(), maxPhotoBytes: Type.Integer() }),
});
export const WebformLinks = Type.Object({ pageUrl: Type.String(), scriptUrl: Type.String(), snippet: Type.String(), iframe: Type.String() });
export const WebformAccepted = Type.Object({ ticketNumber: Type.Union([Type.Integer(), Type.Null()]) });

const validate = makeAjv(false).compile(WebformInput);

/** The body checked against the schema; refused as the framework refuses a JSON body (every field at once). */
function checked(body: unknown): WebformInputT {
  if (validate(body)) return body;
  throw Object.assign(new Error('The request is not valid.'), { validation: validate.errors ?? [], validationContext: 'body' }) as FastifyError;
}

/** The payload and photos of a multipart request, each photo read whole within its limit. */
async function readMultipart(request: FastifyRequest, limits: { maxFileBytes: number; maxBodyBytes: number }): Promise<{ body: unknown; photos: InboundFile[] }> {
  let payload: string | undefined;
  const photos: InboundFile[] = [];
  for await (const part of multipartFiles(request, limits, (name, value) => {
    if (name === 'payload') payload = value;
  })) {
    const chunks: Buffer[] = [];
    for await (const chunk of part.stream) chunks.push(chunk as Buffer);
    if (part.truncated()) throw fileTooLarge(part.filename || 'A photo', limits.maxFileBytes);
    const content = Buffer.concat(chunks);
    // A form's photo input left empty sends an empty part without a name.
    if (content.length === 0 && !part.filename) continue;
    photos.push({ filename: part.filename ?? 'photo', contentType: 'application/octet-stream', content });
  }
  if (payload === undefined) throw new DomainError('validation_failed', 'payload is required: the form’s fields as JSON.', [{ in: 'body', field: 'payload', message: 'is required' }]);
  try {
    return { body: JSON.parse(payload) as unknown, photos };
  } catch {
    throw new DomainError('invalid_json', 'The payload field is not valid JSON.');
  }
}

export function webformRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxFileBytes = Math.min(WEBFORM_PHOTO_MAX_BYTES, ctx.config.attachmentMaxBytes);
  const limits = { maxFileBytes, maxBodyBytes: uploadBodyLimit(maxFileBytes, WEBFORM_MAX_PHOTOS) };
  const windowMs = WEBFORM_WINDOW_MINUTES * 60_000;
  const accepted = new SubmissionLimit(WEBFORM_SUBMISSIONS_PER_WINDOW, windowMs, () => ctx.clock.now().getTime());

  app.get('/api/v1/settings/webform', {
    config: { access: 'staff' },
    schema: { tags, summary: 'The address of the agency’s web form, and the snippet (or iframe) that puts it on the agency’s own site', response: { 200: WebformLinks, ...STAFF_ERRORS } },
    handler: async (request) => webformLinks(ctx, actorOf(request).organizationId),
  });

  app.get('/f/:slug/embed.js', {
    config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: {
      tags, params: Params, operationId: 'getWebformEmbedScript', response: { 200: { description: 'the script', type: 'string' }, ...errors },
      summary: 'The snippet of the agency’s web form: `<script src="…/f/{slug}/embed.js" async></script>` inserts the form in an iframe sized to its content (`data-lang="en"`, `data-target="#selector"`)',
    },
    handler: async (request, reply) => {
      const organization = await webformOrganization(ctx, (request.params as { slug: string }).slug);
      return reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        // Loaded by the agency's own site, which may isolate itself (COEP).
        .header('cross-origin-resource-policy', 'cross-origin')
        .send(embedScript(organization.slug));
    },
  });

  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxFileBytes, files: WEBFORM_MAX_PHOTOS, fields: 1, fieldSize: 128 * 1024, parts: WEBFORM_MAX_PHOTOS + 2 } });
    scope.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });

    scope.get('/api/v1/webform/:slug', {
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags, params: Params, response: { 200: WebformView, ...errors },
        summary: 'What the agency’s web form offers: its name, its categories and their fields, its buildings (name and address), and the form’s token (send it back within 24 hours)',
      },
      handler: async (request) => webformView(ctx, (request.params as { slug: string }).slug),
    });

    scope.post('/api/v1/webform/:slug', {
      config: { access: 'public', rateLimit: { max: WEBFORM_REQUESTS_PER_WINDOW, timeWindow: `${WEBFORM_WINDOW_MINUTES} minutes` } },
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags, params: Params,
        summary: 'Send a request through the agency’s web form: 202 with the new ticket’s number (a PENDING ticket, source webform; the sender is confirmed by email)',
        description: `JSON, or multipart/form-data with the JSON in a \`payload\` part and up to ${WEBFORM_MAX_PHOTOS} \`photos\` parts. One of email and phone, and one of propertyId and address, are required. A filled honeypot field (\`website\`) or a form sent less than 3 seconds after it was opened is answered 202 with a null ticketNumber and creates nothing; a form token older than 24 hours is 400 form_expired. At most ${WEBFORM_SUBMISSIONS_PER_WINDOW} requests are accepted from one address in ${WEBFORM_WINDOW_MINUTES} minutes (then 429 too_many_attempts).`,
        consumes: ['application/json', 'multipart/form-data'],
        body: WebformInput,
        response: { 202: WebformAccepted, ...errors },
      },
      // Multipart bodies are validated by hand below, and JSON ones the same way.
      validatorCompiler: () => () => true,
      handler: async (request, reply) => {
        accepted.take(request.ip);
        try {
          const { body, photos } = request.isMultipart() ? await readMultipart(request, limits) : { body: request.body, photos: [] };
          const outcome = await submitWebform(ctx, { slug: (request.params as { slug: string }).slug, input: checked(body), photos });
          return reply.code(202).send({ ticketNumber: outcome.ticketNumber });
        } catch (error) {
          // Refused: the address has not used up one of its requests.
          accepted.giveBack(request.ip);
          throw error;
        }
      },
    });
  });
}
