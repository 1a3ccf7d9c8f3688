// The SMS door over HTTP (API.md: Inbound): POST /inbound/sms is Twilio's message callback,
// form-encoded and signed with the account's auth token (X-Twilio-Signature over PUBLIC_URL +
// the path and query + the parameters). It answers an empty TwiML document, so that Twilio
// sends nothing back to the sender.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { isTwilioSignatureValid } from '../../domain/inbound/twilio-signature.ts';
import { receiveSms } from '../../inbound/receive-sms.ts';
import { ErrorResponse } from '../schemas/common.ts';

/** Largest callback taken: a few parameters, an SMS of ten parts, ten media URLs. */
const SMS_BODY_LIMIT = 64 * 1024;

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

/** The form's parameters as name/value pairs, in order (a name may repeat). */
const pairsOf = new WeakMap<object, [string, string][]>();

export function inboundSmsRoutes(app: FastifyInstance, ctx: AppContext) {
  app.register(async (scope) => {
    // Encapsulated: form-encoded bodies are taken by this route only.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: SMS_BODY_LIMIT }, (request, body, done) => {
      const pairs = [...new URLSearchParams(body as string)];
      pairsOf.set(request, pairs);
      done(null, Object.fromEntries(pairs.map(([name]) => [name, pairs.find(([n]) => n === name)![1]])));
    });
    scope.post('/inbound/sms', {
      config: { access: 'public' },
      bodyLimit: SMS_BODY_LIMIT,
      schema: {
        tags: ['inbound'],
        security: [{ twilioSignature: [] }],
        summary: 'Twilio’s incoming message callback (application/x-www-form-urlencoded, signed with X-Twilio-Signature)',
        description:
          'Set it as the "A message comes in" webhook (HTTP POST) of the number TWILIO_FROM, as PUBLIC_URL + /api/v1/inbound/sms. ' +
          'The signature is checked with TWILIO_AUTH_TOKEN over the URL as PUBLIC_URL names it: a missing or wrong one answers 403 invalid_signature. ' +
          'The SMS joins, as an answer of that contractor or party, the open ticket most recently changed where the sender\'s number ' +
          '(compared on its last nine digits: +33 6…, 06…) is a dispatch\'s, a party\'s or the requester\'s, in whichever agency of the server holds it; ' +
          'otherwise it is recorded as refused (unknown_number) in "Messages reçus" of the agencies whose persons or contractors have that number, ' +
          'else of every agency. MMS media are not fetched: their URLs are kept in the record. The same MessageSid twice is taken once. ' +
          'Answers 200 with an empty TwiML <Response/> (text/xml).',
        consumes: ['application/x-www-form-urlencoded'],
        response: { 200: { description: 'An empty TwiML document: nothing is sent back', content: { 'text/xml': { schema: { type: 'string' } } } }, 400: ErrorResponse, 403: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse },
      },
      handler: async (request, reply) => {
        const sms = ctx.config.sms;
        if (!sms) throw new DomainError('invalid_signature', 'No SMS provider is configured on this server (SMS_PROVIDER=twilio with TWILIO_AUTH_TOKEN): no callback can be trusted.');
        const pairs = pairsOf.get(request) ?? [];
        const url = ctx.config.publicUrl.replace(/\/+$/, '') + request.url;
        const signature = request.headers['x-twilio-signature'];
        if (!isTwilioSignatureValid(sms.authToken, url, pairs, typeof signature === 'string' ? signature : undefined)) {
          throw new DomainError('invalid_signature', `The X-Twilio-Signature header is missing or is not Twilio's for ${url} (check PUBLIC_URL and TWILIO_AUTH_TOKEN).`);
        }
        await receiveSms(ctx, (request.body as Record<string, string> | undefined) ?? {});
        return reply.code(200).type('text/xml; charset=utf-8').send(EMPTY_TWIML);
      },
    });
  });
}
