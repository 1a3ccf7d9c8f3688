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

/** A mailer for an SMTP URL (smtp:// or smtps://, with credentials in the URL). */
export function smtpMailer(url: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(url);
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
