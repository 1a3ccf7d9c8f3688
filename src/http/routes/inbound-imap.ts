// The agency's inbound mailbox (the IMAP door), for app admins: GET, PUT (the password is
// write-only: never answered, kept when a PUT omits it), DELETE, and POST …/poll to read it now
// (the way to check the settings: the answer says what the poll did or why it failed).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS, ErrorResponse } from '../schemas/common.ts';
import { DomainError } from '../../domain/errors.ts';
import { IMAP_POLL_ERRORS } from '../../domain/inbound/imap-settings.ts';
import { ImapSettingsInput } from '../../inbound/imap-settings-input.ts';
import { imapSettingsView, removeImapSettings, updateImapSettings } from '../../inbound/imap-settings.ts';
import { pollImapMailbox } from '../../inbound/imap-poller.ts';

const ImapView = Type.Object({
  settings: Type.Union([
    Type.Object({ host: Type.String(), port: Type.Integer(), secure: Type.Boolean(), user: Type.String(), mailbox: Type.String(), enabled: Type.Boolean(), hasPassword: Type.Boolean() }),
    Type.Null(),
  ]),
  lastPoll: Type.Union([
    Type.Object({
      at: Type.String(), taken: Type.Integer(), left: Type.Integer(),
      error: Type.Union([...Object.keys(IMAP_POLL_ERRORS).map((code) => Type.Literal(code)), Type.Null()]),
      errorText: Type.Union([Type.Object({ fr: Type.String(), en: Type.String() }), Type.Null()]),
    }),
    Type.Null(),
  ]),
});

export function inboundImapRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/settings/inbound/imap', {
    config: { access: 'settings:write' },
    schema: { tags: ['inbound'], summary: 'The agency’s inbound mailbox read by IMAP (never its password) and its last poll', response: { 200: ImapView, ...STAFF_ERRORS } },
    handler: async (request) => imapSettingsView(ctx, actorOf(request).organizationId),
  });
  app.put('/settings/inbound/imap', {
    config: { access: 'settings:write' },
    schema: {
      tags: ['inbound'], summary: 'Set the inbound mailbox; a password not given keeps the stored one', body: ImapSettingsInput,
      response: { 200: ImapView, 422: ErrorResponse, ...STAFF_ERRORS },
    },
    handler: async (request) => updateImapSettings(ctx, actorOf(request).organizationId, request.body as ImapSettingsInput),
  });
  app.delete('/settings/inbound/imap', {
    config: { access: 'settings:write' },
    schema: { tags: ['inbound'], summary: 'Stop reading the mailbox and forget its settings and password', response: { 200: ImapView, ...STAFF_ERRORS } },
    handler: async (request) => removeImapSettings(ctx, actorOf(request).organizationId),
  });
  app.post('/settings/inbound/imap/poll', {
    config: { access: 'settings:write' },
    schema: { tags: ['inbound'], summary: 'Read the mailbox now; answers what the poll did or why it failed', response: { 200: ImapView, 409: ErrorResponse, ...STAFF_ERRORS } },
    handler: async (request) => {
      const { organizationId } = actorOf(request);
      const status = await pollImapMailbox(ctx, organizationId, (line) => request.log.info(line));
      if (!status) throw new DomainError('imap_not_enabled', 'No inbound mailbox is enabled: set one with PUT /settings/inbound/imap first.');
      return imapSettingsView(ctx, organizationId);
    },
  });
}

/** `GET /settings/inbound/imap`, as the web app reads it. */
export type InboundImapAnswer = Static<typeof ImapView>;
