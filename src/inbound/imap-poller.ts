// The IMAP door (DOMAIN.md §9): the mailbox an agency keeps is read every IMAP_POLL_SECONDS by
// the worker role. Each unseen message goes through receiveEmail for that agency, then is flagged
// \Seen; it stays in its folder (the agency's mail rules may file it; Gardien never deletes or
// moves mail it does not own). A message that could not be stored stays unseen and is taken at
// the next poll; one larger than INBOUND_MAX_BYTES stays unseen, not downloaded. One poll at a
// time per mailbox in a process; two worker processes polling one mailbox at once make no
// duplicate (the same message twice is one record, one ticket).
import { ImapFlow } from 'imapflow';
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { storedImapOf, type ImapPollError, type InboundImapStatus, type StoredInboundImap } from '../domain/inbound/imap-settings.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { organizationsReadingImap, setOrganizationSetting } from '../db/repositories/inbound-imap.ts';
import { decryptImapPassword } from './imap-settings.ts';
import { reachableAddress } from '../channels/network-address.ts';
import { isIP } from 'node:net';
import { receiveEmail } from './receive-email.ts';

/** At most this many messages per poll (the rest wait for the next), so a poll stays bounded. */
export const IMAP_MESSAGES_PER_POLL = 100;
/** Mailboxes polled at once by one process. */
const MAILBOXES_AT_ONCE = 4;

type Log = (line: string) => void;

class PollFailure extends Error {
  readonly code: ImapPollError;
  /** What the poll had done before it failed. */
  done = { taken: 0, left: 0 };
  constructor(code: ImapPollError, message: string) {
    super(message);
    this.code = code;
  }
}

/** The poll error of what imapflow threw. */
function pollErrorOf(error: unknown): PollFailure {
  if (error instanceof PollFailure) return error;
  const e = error as { authenticationFailed?: boolean; mailboxMissing?: boolean; code?: string; message?: string; serverResponseCode?: string };
  const message = e?.message ?? String(error);
  if (e?.authenticationFailed) return new PollFailure('authentication_failed', message);
  if (e?.mailboxMissing || e?.serverResponseCode === 'NONEXISTENT') return new PollFailure('mailbox_not_found', message);
  if (/ERR_SSL|ERR_TLS|CERT|certificate|SSL|TLS/i.test(`${e?.code ?? ''} ${message}`)) return new PollFailure('tls_failed', message);
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'CONNECT_TIMEOUT', 'ECONNRESET', 'NoConnection'].includes(e?.code ?? '')) return new PollFailure('connection_failed', message);
  return new PollFailure('server_error', message);
}

/** A client connecting to `address` (checked), its certificate verified against the host's name. */
function clientFor(ctx: AppContext, mailbox: StoredInboundImap, address: string, password: string): ImapFlow {
  const maxBytes = ctx.config.inbound.maxBytes;
  const client = new ImapFlow({
    host: address, ...(isIP(mailbox.host.replace(/^\[|\]$/g, '')) ? {} : { servername: mailbox.host }),
    port: mailbox.port, secure: mailbox.secure, auth: { user: mailbox.user, pass: password },
    logger: false, disableAutoIdle: true,
    connectionTimeout: 30_000, greetingTimeout: 16_000, socketTimeout: 120_000,
    // A message larger than the limit is never downloaded; these bound what a hostile server can send.
    maxLiteralSize: maxBytes + 1024 * 1024, maxResponseSize: maxBytes + 2 * 1024 * 1024,
  });
  // Errors arrive through the awaited calls; the event would otherwise crash the process.
  client.on('error', () => undefined);
  return client;
}

/** Reads the mailbox once: what it took and left. Throws PollFailure when it could not read it. */
async function readMailbox(ctx: AppContext, organizationId: string, mailbox: StoredInboundImap, log: Log): Promise<Omit<InboundImapStatus, 'at' | 'error'>> {
  const password = mailbox.passwordEncrypted ? decryptImapPassword(ctx.secret, mailbox.passwordEncrypted) : undefined;
  if (password === undefined) throw new PollFailure('password_unreadable', 'The stored password cannot be read with this GARDIEN_SECRET.');
  const address = await reachableAddress(mailbox.host, ctx.config.inbound.imapPrivateHosts).catch((error: unknown) => {
    throw new PollFailure('connection_failed', `The host's name does not resolve (${error instanceof Error ? error.message : String(error)}).`);
  });
  if (!address) throw new PollFailure('host_not_allowed', 'The host is on a private network (IMAP_PRIVATE_HOSTS=1 allows it).');
  const client = clientFor(ctx, mailbox, address, password);
  let taken = 0;
  let left = 0;
  try {
    await client.connect();
    const lock = await client.getMailboxLock(mailbox.mailbox).catch((error: { responseStatus?: string; message?: string }) => {
      // Logged in, the server refuses to open the folder: it does not exist (or may not be read).
      throw error?.responseStatus === 'NO' || error?.responseStatus === 'BAD' ? new PollFailure('mailbox_not_found', error.message ?? 'SELECT refused') : error;
    });
    try {
      const unseen = (await client.search({ seen: false }, { uid: true })) || [];
      const uids = unseen.sort((a, b) => a - b).slice(0, IMAP_MESSAGES_PER_POLL);
      left += unseen.length - uids.length;
      const sizes = new Map<number, number>();
      if (uids.length > 0) for (const m of await client.fetchAll(uids.join(','), { uid: true, size: true }, { uid: true })) sizes.set(m.uid, m.size ?? 0);
      for (const uid of uids) {
        if ((sizes.get(uid) ?? 0) > ctx.config.inbound.maxBytes) {
          left++;
          log(`inbound imap: message ${uid} of ${mailbox.user}@${mailbox.host} is larger than INBOUND_MAX_BYTES; left unseen`);
          continue;
        }
        // BODY.PEEK[]: reading does not flag it \Seen; only a stored message is.
        const fetched = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
        if (!fetched || !fetched.source) continue;
        try {
          const result = await receiveEmail(ctx, { raw: fetched.source, door: 'imap', organizationId });
          log(`inbound imap: ${result.outcome}${result.reason ? ` (${result.reason})` : ''}${result.ticketNumber ? ` ticket n°${result.ticketNumber}` : ''} from ${mailbox.user}@${mailbox.host}`);
        } catch (error) {
          // Not stored (receiveEmail records every refusal it decides): it stays unseen, for the next poll.
          left++;
          const why = error instanceof DomainError ? error.code : error instanceof Error ? error.message : String(error);
          log(`inbound imap: message ${uid} of ${mailbox.user}@${mailbox.host} not stored (${why}); left unseen`);
          continue;
        }
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        taken++;
      }
    } finally {
      lock.release();
    }
    await client.logout();
  } catch (error) {
    client.close();
    const failure = pollErrorOf(error);
    failure.done = { taken, left };
    throw failure;
  }
  return { taken, left };
}

const polling = new Map<string, Promise<InboundImapStatus | undefined>>();

/** Polls the agency's mailbox now (or joins the poll in progress); undefined when it has none
 * enabled. The status is stored under the settings' `inboundImapStatus`. */
export function pollImapMailbox(ctx: AppContext, organizationId: string, log: Log = () => undefined): Promise<InboundImapStatus | undefined> {
  const running = polling.get(organizationId);
  if (running) return running;
  const poll = (async () => {
    const organization = await findOrganization(ctx.db, organizationId);
    const mailbox = storedImapOf(organization?.settings);
    if (!mailbox?.enabled) return undefined;
    const at = ctx.clock.now().toISOString();
    let status: InboundImapStatus;
    try {
      status = { at, ...(await readMailbox(ctx, organizationId, mailbox, log)), error: null };
    } catch (error) {
      const failure = pollErrorOf(error);
      log(`inbound imap: poll of ${mailbox.user}@${mailbox.host} failed: ${failure.code} (${failure.message})`);
      status = { at, ...failure.done, error: failure.code };
    }
    // The status is a report: the database failing to keep it changes nothing of what was taken.
    await setOrganizationSetting(ctx.db, organizationId, 'inboundImapStatus', status).catch((error: unknown) => log(`inbound imap: status not kept (${error instanceof Error ? error.message : String(error)})`));
    return status;
  })().finally(() => polling.delete(organizationId));
  polling.set(organizationId, poll);
  return poll;
}

/** Polls every enabled mailbox once, a few at a time. */
export async function pollAllImapMailboxes(ctx: AppContext, log: Log = () => undefined): Promise<number> {
  const organizations = await organizationsReadingImap(ctx.db);
  const queue = [...organizations];
  await Promise.all(
    Array.from({ length: Math.min(MAILBOXES_AT_ONCE, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await pollImapMailbox(ctx, next.id, log);
    }),
  );
  return organizations.length;
}

export interface ImapPoller {
  stop(): Promise<void>;
}

/** Polls every enabled mailbox every IMAP_POLL_SECONDS (the next pass starts when one has ended). */
export function startImapPoller(ctx: AppContext, options: { log?: Log; intervalMs?: number } = {}): ImapPoller {
  const log = options.log ?? ((line: string) => console.log(line));
  const intervalMs = options.intervalMs ?? ctx.config.inbound.imapPollSeconds * 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<unknown> = Promise.resolve();
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      pass = pollAllImapMailboxes(ctx, log)
        .catch((error) => log(`inbound imap: pass failed (${error instanceof Error ? error.message : String(error)})`))
        .finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pass;
    },
  };
}
