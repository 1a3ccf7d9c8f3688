// Email out through nodemailer to the SMTP server of SMTP_URL. Threading headers keep every
// message of a ticket in one conversation in the recipient's mailbox.
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingEmail {
  from: string;
  to: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  ics?: string;
  messageId: string;
  references: string[];
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<{ providerId: string }>;
  close(): void;
}

/** How many SMTP connections a process keeps open at most (each sends one message at a time). */
export const SMTP_CONNECTIONS = 5;

/**
 * A mailer for an SMTP URL (smtp:// or smtps://, with credentials in the URL). Connections are
 * pooled and reused (up to 100 messages each); the timeouts bound how long one send can take, so
 * that it always ends well inside the delivery worker's lease.
 */
export function smtpMailer(url: string, options: { maxConnections?: number } = {}): Mailer {
  const transport: Transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: options.maxConnections ?? SMTP_CONNECTIONS,
    maxMessages: 100,
    // A connection that the server closed while idle is tried once more on a fresh one.
    maxRequeues: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(email) {
      const info = await transport.sendMail({
        from: email.from,
        to: email.to,
        replyTo: email.replyTo,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        references: email.references,
        inReplyTo: email.references.at(-1),
        attachments: email.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
        icalEvent: email.ics ? { method: /METHOD:CANCEL/.test(email.ics) ? 'CANCEL' : 'REQUEST', content: email.ics, filename: 'intervention.ics' } : undefined,
      });
      return { providerId: String(info.messageId ?? email.messageId) };
    },
    close: () => transport.close(),
  };
}
