// Pages for parties without an account. `/x/{token}` trades the link's secret for a short-lived
// cookie and sends the browser on to `/x` (so the secret leaves the address bar, the history and
// any referrer); the page then reads and answers through `/api/v1/exchange/session`. The API also
// takes the secret itself in place of `session`, for integrations.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { openExchange, type ExchangeAccess } from '../../exchange/open-exchange.ts';
import { exchangeView, partyFiles } from '../../exchange/exchange-view.ts';
import { answerAsParty, type PartyFiles } from '../../exchange/answer-as-party.ts';
import { discardStagedFiles } from '../../tickets/purge-staged-attachments.ts';
import { PartyActionBody, type ApproverInput, type ContractorInput } from '../../exchange/party-actions.ts';
import { EXCHANGE_COOKIE, exchangeCookie, readExchangeCookie } from '../../exchange/links.ts';
import { storeTicketFiles, MAX_FILES_PER_UPLOAD, type IncomingFile } from '../../tickets/upload-attachments.ts';
import { contentDisposition, servedInline } from '../../tickets/attachment-types.ts';
import { StoredFileMissing } from '../../channels/file-store.ts';
import { ErrorResponse, Uuid } from '../schemas/common.ts';
import { makeAjv } from '../validation.ts';
import { LinkAttempts, linkLimitKey } from '../link-attempts.ts';
import { multipartFiles, refuseDeclaredOversize, uploadBodyLimit } from '../multipart-files.ts';
import { PARTY_LINK_SECURITY } from '../openapi-security.ts';

const tags = ['exchange'];
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const Params = Type.Object({ token: Type.String({ minLength: 7, maxLength: 100 }) }, { additionalProperties: false });
const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 410: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 429: ErrorResponse };
const View = Type.Object({ role: Type.String(), language: Type.String(), actions: Type.Array(Type.String()) }, { additionalProperties: true });

/** Opens a link by its secret, counting wrong secrets per address (link-attempts.ts). */
async function openBySecret(ctx: AppContext, attempts: LinkAttempts, request: FastifyRequest, secret: string): Promise<ExchangeAccess> {
  attempts.check(request.ip, secret);
  try {
    const opened = await openExchange(ctx, { secret });
    attempts.opened(request.ip, secret);
    return opened;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'link_invalid') attempts.failed(request.ip);
    throw error;
  }
}

/** Where the access comes from: the cookie (`session`) or the link's secret. */
async function access(ctx: AppContext, attempts: LinkAttempts, request: FastifyRequest): Promise<ExchangeAccess> {
  const { token } = request.params as { token: string };
  if (token === 'session') {
    const tokenId = readExchangeCookie(ctx.secret, request.cookies[EXCHANGE_COOKIE], ctx.clock.now());
    if (!tokenId) throw new DomainError('link_invalid', 'Your session on this page has ended: open the link from your email or SMS again.');
    return openExchange(ctx, { tokenId });
  }
  return openBySecret(ctx, attempts, request, token);
}

const validateBody = makeAjv(false).compile(PartyActionBody);

function parseAnswer(body: unknown): ContractorInput | ApproverInput {
  if (!validateBody(body)) {
    const issue = validateBody.errors?.[0];
    const field = `${issue?.instancePath?.replace(/^\//, '') ?? ''}${issue?.params && 'additionalProperty' in issue.params ? String(issue.params.additionalProperty) : ''}${issue?.params && 'missingProperty' in issue.params ? String(issue.params.missingProperty) : ''}` || 'body';
    throw new DomainError('validation_failed', `${field} ${issue?.message ?? 'is not valid'}.`, [{ in: 'body', field, message: issue?.message ?? 'is not valid' }]);
  }
  return body as ContractorInput | ApproverInput;
}

/** `&lang=fr|en` when the address names one of Gardien's languages, else nothing. */
function languageQuery(request: FastifyRequest): string {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  return lang === 'fr' || lang === 'en' ? `&lang=${lang}` : '';
}

/** Registers the exchange page route and its API. */
export function exchangeRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxBytes = ctx.config.attachmentMaxBytes;
  const attempts = new LinkAttempts();
  const limit = { max: 60, timeWindow: '1 minute', keyGenerator: linkLimitKey(ctx.secret, () => ctx.clock.now()) };
  const limits = { maxFileBytes: maxBytes, maxBodyBytes: uploadBodyLimit(maxBytes, MAX_FILES_PER_UPLOAD) };
  // A party's page is personal and changes with every answer: never cached, never shared.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/v1/exchange/') || request.url.startsWith('/x/')) reply.header('cache-control', 'no-store');
  });
  const fileUrl = (token: string) => (id: string) => `/api/v1/exchange/${token === 'session' ? 'session' : token}/files/${id}`;

  app.get('/x/:token', {
    config: { access: 'public', rateLimit: limit },
    schema: {
      tags, operationId: 'openPartyLink', summary: 'A party opens its link: the secret becomes a cookie and the browser goes on to /x (`/x/help`: the contractors\' guide)',
      params: Type.Object({ token: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }), response: { 303: { description: 'to /x' }, 429: ErrorResponse },
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const { token } = request.params as { token: string };
      if (token === 'help') return reply.redirect(`/x?view=help${languageQuery(request)}`, 303);
      try {
        const opened = await openBySecret(ctx, attempts, request, token);
        const cookie = exchangeCookie(ctx.secret, opened.token.id, ctx.clock.now());
        reply.setCookie(EXCHANGE_COOKIE, cookie.value, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: cookie.maxAgeSeconds });
        // `?file=` (a quote's file named in an approval request): straight to that file, read through the cookie.
        const file = (request.query as { file?: unknown }).file;
        if (typeof file === 'string' && UUID_PATTERN.test(file)) return reply.redirect(`/api/v1/exchange/session/files/${file}`, 303);
        return reply.redirect('/x', 303);
      } catch (error) {
        if (error instanceof DomainError && error.code !== 'too_many_attempts') return reply.redirect(`/x?problem=${encodeURIComponent(error.code)}`, 303);
        throw error;
      }
    },
  });

  // Emails sent before the guide moved to /x/help linked here: the same guide, in the same language.
  app.get('/help/contractors', {
    config: { access: 'public' },
    schema: {
      tags, operationId: 'redirectContractorsGuide', summary: 'The contractors\' guide\'s former address (emails already sent): redirects to /x/help, keeping `lang`',
      querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) }), response: { 301: { description: 'to /x/help' } },
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => reply.redirect(`/x/help${languageQuery(request).replace('&', '?')}`, 301),
  });

  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxBytes, files: MAX_FILES_PER_UPLOAD, fields: 5, fieldSize: 64 * 1024, parts: MAX_FILES_PER_UPLOAD + 5 } });

    scope.get('/api/v1/exchange/:token', {
      config: { access: 'public', rateLimit: limit },
      schema: { tags, security: PARTY_LINK_SECURITY, summary: 'What a contractor or approver sees: the request, the place, whom to contact, the documents, what to do now (`session` reads the page cookie)', params: Params, response: { 200: View, ...errors } },
      handler: async (request) => {
        const opened = await access(ctx, attempts, request);
        return exchangeView(ctx, opened, fileUrl((request.params as { token: string }).token));
      },
    });

    scope.post('/api/v1/exchange/:token', {
      config: { access: 'public', rateLimit: limit },
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags, params: Params, operationId: 'answerExchangeByToken', security: PARTY_LINK_SECURITY,
        summary: 'A party answers: {"action": …} as JSON, or multipart with a `payload` field (that JSON) and files (`invoice` for the invoice, any other name for photos, quote or documents)',
        consumes: ['application/json', 'multipart/form-data'],
        body: { description: 'JSON: one of the party actions; multipart: payload + files', oneOf: (PartyActionBody as unknown as { oneOf: unknown[] }).oneOf } as never,
        response: { 200: View, ...errors },
      },
      // Multipart bodies are validated by hand below; JSON bodies by the schema too.
      validatorCompiler: () => () => true,
      handler: async (request) => {
        const opened = await access(ctx, attempts, request);
        const files: PartyFiles = { invoice: [], other: [] };
        let body: unknown = request.body;
        if (request.isMultipart()) {
          body = undefined;
          const fields: string[] = [];
          const onField = (name: string, value: string) => {
            if (name === 'payload') body = JSON.parse(value);
          };
          async function* parts(): AsyncGenerator<IncomingFile> {
            for await (const file of multipartFiles(request, limits, onField)) {
              fields.push(file.field);
              yield file;
            }
          }
          try {
            const rows = await storeTicketFiles(ctx, opened.ticket, null, parts(), { allowNone: true });
            rows.forEach((row, i) => (fields[i] === 'invoice' ? files.invoice : files.other).push(row.id));
          } catch (error) {
            if (error instanceof SyntaxError) throw new DomainError('invalid_json', 'The payload field is not valid JSON.');
            throw error;
          }
        }
        try {
          const answer = parseAnswer(body);
          await answerAsParty(ctx, opened, answer, files);
        } catch (error) {
          // Files of an answer that was refused do not stay behind.
          await discardStagedFiles(ctx, [...files.invoice, ...files.other]);
          throw error;
        }
        return exchangeView(ctx, await openExchange(ctx, { tokenId: opened.token.id }), fileUrl((request.params as { token: string }).token));
      },
    });

    scope.get('/api/v1/exchange/:token/files/:id', {
      config: { access: 'public', rateLimit: limit },
      schema: { tags, security: PARTY_LINK_SECURITY, summary: 'A document the party may open', params: Type.Object({ token: Params.properties.token, id: Uuid }), response: { 200: { description: 'the file' }, ...errors } },
      handler: async (request, reply) => {
        const opened = await access(ctx, attempts, request);
        const { id } = request.params as { id: string };
        const file = (await partyFiles(ctx, opened)).find((f) => f.id === id);
        if (!file) throw new DomainError('not_found', 'Document not found.');
        let body;
        try {
          body = await ctx.files.get(file.storageKey);
        } catch (error) {
          if (error instanceof StoredFileMissing) throw new DomainError('not_found', 'This document is missing from storage.');
          throw error;
        }
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition(file.filename, servedInline(file.contentType)))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=300')
          .header('content-security-policy', 'sandbox');
        return reply.send(body);
      },
    });
  });
}
