// The SMTP door (DOMAIN.md §9): an inbound MX for the agencies' addresses. No AUTH (anyone may
// send to an agency, as to any MX); RCPT TO is refused (550) for an address that is no agency's;
// the message is read with the size limit announced in EHLO (over it: 552); 250 is answered only
// once receiveEmail has committed what the message became, and a storage failure is a 451 so the
// sending server keeps the message and tries again. STARTTLS when a certificate is configured.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { routeRecipients } from './inbound-routes.ts';
import { receiveEmail } from './receive-email.ts';

/** At most this many connections at once; one more is told 421 and closed. */
export const SMTP_MAX_CLIENTS = 50;
/** A connection idle this long is closed (RFC 5321 §4.5.3.2 asks at least 5 minutes between
 * commands; a minute is what smtp-server uses and what MTAs cope with, as they retry). */
export const SMTP_SOCKET_TIMEOUT_MS = 60_000;
/** Recipients per message: an agency's message has a few, a spammer's thousands. */
export const SMTP_MAX_RECIPIENTS = 100;

/** Messages read and processed at once; the others wait with their socket paused (TCP holds
 * their data back), so memory stays near this many times INBOUND_MAX_BYTES whatever the clients. */
export const SMTP_MESSAGES_AT_ONCE = 4;

/** A counting semaphore: `run` waits for a free slot. */
function slots(count: number) {
  let free = count;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

export interface SmtpListener {
  /** The port it listens on (useful with port 0). */
  port: number;
  /** Stops accepting connections; those in flight get a few seconds to finish. */
  close(): Promise<void>;
}

export interface SmtpListenerOptions {
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

/** An SMTP reply refusing the command with `code` (smtp-server adds the enhanced status code). */
function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

/** The envelope sender as a delivering MTA records it (RFC 5321 §4.4), so bounces (`<>`) show. */
function returnPathLine(session: SMTPServerSession): Buffer {
  const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
  return Buffer.from(`Return-Path: <${from.replace(/[\r\n<>]/g, '')}>\r\n`);
}

/** Reads the DATA stream up to `maxBytes`; past it, reads on (to answer in turn) without keeping. */
function readCapped(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    // The client left while the message waited for its turn: nothing more will come.
    if (stream.destroyed) return reject(new Error('The connection closed before the message was read.'));
    stream.once('close', () => reject(new Error('The connection closed before the message was received in full.')));
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    stream.once('error', reject);
    stream.once('end', () => resolve(stream.sizeExceeded || size > maxBytes ? 'too_large' : Buffer.concat(chunks, size)));
  });
}

/** Starts the listener; rejects when the port cannot be bound (the caller decides what that means). */
export async function startSmtpListener(ctx: AppContext, options: SmtpListenerOptions = {}): Promise<SmtpListener> {
  const { inbound } = ctx.config;
  const log = options.log ?? ((line: string) => console.log(line));
  const tls = inbound.tlsCert && inbound.tlsKey ? { cert: readFileSync(inbound.tlsCert), key: readFileSync(inbound.tlsKey) } : undefined;
  const maxBytes = inbound.maxBytes;
  const inTurn = slots(SMTP_MESSAGES_AT_ONCE);

  /** Reads one message and takes it through the pipeline: the answer to its DATA. */
  async function take(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<{ error?: Error; message?: string }> {
    const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
    const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const raw = await readCapped(stream, maxBytes);
    if (raw === 'too_large') {
      log(`inbound smtp: refused (message_too_large) from <${from}> to ${recipients.join(', ')}`);
      return { error: smtpError(552, `The message is larger than ${maxBytes} bytes, the most Gardien takes.`) };
    }
    try {
      // A message whose first line is folded (starts with a space) would lose that line to our header.
      const folded = raw[0] === 0x20 || raw[0] === 0x09;
      const result = await receiveEmail(ctx, { raw: folded ? raw : Buffer.concat([returnPathLine(session), raw]), door: 'smtp', envelopeRecipients: recipients });
      log(`inbound smtp: ${result.outcome}${result.reason ? ` (${result.reason})` : ''}${result.ticketNumber ? ` ticket n°${result.ticketNumber}` : ''} from <${from}> to ${recipients.join(', ')}`);
      // The record's id, which "Messages reçus" shows; not the ticket's number (a stranger would count them).
      return { message: result.inboundMessageId ? `OK: received as ${result.inboundMessageId}` : 'OK: received' };
    } catch (error) {
      if (error instanceof DomainError) {
        // Refusals receiveEmail does not record: retrying would change nothing.
        log(`inbound smtp: refused (${error.code}) from <${from}> to ${recipients.join(', ')}`);
        return { error: smtpError(error.code === 'unknown_recipient' ? 550 : 554, error.message) };
      }
      // Not stored: the sending server keeps the message and tries again.
      log(`inbound smtp: not stored, 451 (${error instanceof Error ? error.message : String(error)}) from <${from}>`);
      return { error: smtpError(451, 'The message could not be stored now; try again later.') };
    }
  }

  const server = new SMTPServer({
    name: inbound.domain,
    banner: 'Gardien inbound mail',
    authOptional: true,
    disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(tls ?? {}),
    size: maxBytes,
    rejectOversized: true,
    hideENHANCEDSTATUSCODES: false,
    maxClients: SMTP_MAX_CLIENTS,
    maxRecipients: SMTP_MAX_RECIPIENTS,
    socketTimeout: SMTP_SOCKET_TIMEOUT_MS,
    closeTimeout: 5_000,
    disableReverseLookup: true,
    logger: false,

    onRcptTo(address, _session, callback) {
      routeRecipients(ctx, [address.address.toLowerCase()]).then(
        (route) => callback(route ? undefined : smtpError(550, `No agency receives mail at <${address.address}> here.`)),
        () => callback(smtpError(451, 'The recipient could not be checked now; try again later.')),
      );
    },

    onData(stream, session, callback) {
      // The stream is not read until a slot is free: smtp-server then stops reading the socket.
      inTurn(() => take(stream, session)).then(
        (answer) => callback(answer.error ?? null, answer.message),
        () => callback(smtpError(451, 'The message could not be read; try again later.')),
      );
    },
  });
  // A client that resets its connection is not the server's failure.
  server.on('error', () => undefined);

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.server.once('error', onError);
    server.listen(options.port ?? inbound.smtpPort, options.host ?? inbound.smtpHost, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
