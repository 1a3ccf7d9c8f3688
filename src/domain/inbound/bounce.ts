// What a bounce says: whether the failure is permanent, which recipients failed and which of our
// messages came back. Read from the delivery-status report (RFC 3464) when the mail has one
// (Postfix, Exchange/Office 365, Gmail, Amazon SES, Sendmail), else from the text MTAs write
// (Exim, qmail, Postfix and Gmail without report, Sendmail warnings). Call it for a mail that
// classifyAutomatic judged a bounce; null when no failure can be read from it.
import type { Bounce, ReadMail } from './mail.ts';

const MAX_DIAGNOSTIC = 300;

/** Where MTAs start quoting the returned message: addresses after it are the original's. */
const RETURNED_COPY = new RegExp(
  [
    '^-+ ?(this is a copy of|below this line is a copy|original message|the original message|message header follows|returned message|undelivered message)',
    '^-+ ?original message',
    '^(return-path|received|dkim-signature|x-received|message-id):',
    '^original message headers',
    '^-+ ?the header of the original message',
    '^bounced e-?mail:',
  ].join('|'),
  'im',
);

const ADDRESS = /[A-Za-z0-9._%+'=!#$&*/?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
// An address alone on its line, as Exim, Gmail and Exchange list them ("x@y", "<x@y>:",
// "x@y<mailto:x@y>", "x@y (x@y)").
const ADDRESS_LINE = new RegExp(`^\\s*["<]?(${ADDRESS.source})[">]?\\s*:?\\s*(?:\\([^)]*\\)|<mailto:[^>]*>)?\\s*$`);
// Office 365's sentence: "Your message to x@y couldn't be delivered."
const MESSAGE_TO = new RegExp(`(?:message to|message à|nachricht an)\\s+<?(${ADDRESS.source})>?\\s+(?:couldn't|could not|wasn't|n'a pas|konnte)`, 'i');
/** Mailboxes of mail servers, named in bounces for help, never the recipient that failed. */
const SERVER_MAILBOX = /^(postmaster|mailer-daemon|hostmaster|abuse|noc|root)@/i;
const LABELLED = new RegExp(`^\\s*(?:final-recipient|recipient|target mail address|failed recipient|empfänger|destinataire)\\s*:\\s*(?:rfc822\\s*;\\s*)?<?(${ADDRESS.source})`, 'i');
const ADDRESS_COLON = new RegExp(`^\\s*<(${ADDRESS.source})>\\s*:`);
/** Exchange 2003's list of recipients: "      someone@example.com on 18/11/2026 11:00". */
const ADDRESS_ON_DATE = new RegExp(`^\\s+(${ADDRESS.source})\\s+on\\s+\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}`);

const TEMPORARY_TEXT = /(temporar(y|ily)|delayed|will (continue|keep) (trying|to try)|could not send message for past|still trying|deferred|has not yet been delivered|retry|warning: )/i;
const PERMANENT_TEXT = /(permanent|fatal error|failed permanently|could(n't| not) be (delivered|found)|delivery has failed|wasn't able to deliver|was not delivered|unknown user|user unknown|does not exist|no such (user|recipient|mailbox)|mailbox unavailable|address rejected|recipient rejected|\b55\d\b|\b5\.\d{1,3}\.\d{1,3}\b|unzustellbar|non remis)/i;

interface StatusBlock {
  recipient: string | null;
  action: string | null;
  status: string | null;
  diagnostic: string | null;
}

function unfold(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ');
}

function field(block: string, name: string): string | null {
  const match = new RegExp(`^${name}\\s*:\\s*(.*)$`, 'im').exec(block);
  return match ? match[1]!.trim() : null;
}

function typedAddress(value: string | null): string | null {
  if (!value) return null;
  const address = ADDRESS.exec(value.replace(/^[\w-]+\s*;\s*/, ''));
  return address ? address[0].toLowerCase() : null;
}

/** The per-recipient blocks of an RFC 3464 report (the first block is the message's). */
function statusBlocks(report: string): StatusBlock[] {
  return unfold(report)
    .split(/\n\s*\n/)
    .map((block) => ({
      recipient: typedAddress(field(block, 'final-recipient') ?? field(block, 'original-recipient')),
      action: field(block, 'action')?.toLowerCase() ?? null,
      status: field(block, 'status'),
      diagnostic: field(block, 'diagnostic-code'),
    }))
    .filter((block) => block.recipient !== null || block.action !== null || block.status !== null);
}

function shorten(text: string | null): string | null {
  if (!text) return null;
  const clean = text.replace(/^smtp\s*;\s*/i, '').replace(/\s+/g, ' ').trim();
  return clean.length > MAX_DIAGNOSTIC ? `${clean.slice(0, MAX_DIAGNOSTIC - 1)}…` : clean || null;
}

function fromReport(report: string): Omit<Bounce, 'originalMessageIds'> | null {
  const blocks = statusBlocks(report);
  const failed = blocks.filter((block) => block.action === 'failed' || block.action === 'delayed' || /^[45]/.test(block.status ?? ''));
  if (failed.length === 0) return null;
  const permanent = failed.some((block) => block.action !== 'delayed' && !/^4/.test(block.status ?? ''));
  return {
    permanent,
    recipients: [...new Set(failed.map((block) => block.recipient).filter((r): r is string => r !== null))],
    diagnostic: shorten(failed.find((block) => block.diagnostic)?.diagnostic ?? failed[0]!.status),
  };
}

function fromText(mail: ReadMail): Omit<Bounce, 'originalMessageIds'> | null {
  const text = mail.text.replace(/\r\n/g, '\n');
  const cut = RETURNED_COPY.exec(text);
  const explanation = cut ? text.slice(0, cut.index) : text;
  const ours = new Set([mail.from?.address, ...mail.to.map((to) => to.address)]);
  const recipients = new Set<string>();
  let diagnostic: string | null = null;
  for (const line of explanation.split('\n')) {
    const address = (ADDRESS_COLON.exec(line) ?? ADDRESS_LINE.exec(line) ?? LABELLED.exec(line) ?? MESSAGE_TO.exec(line) ?? ADDRESS_ON_DATE.exec(line))?.[1]?.toLowerCase();
    if (address && !ours.has(address) && !SERVER_MAILBOX.test(address)) recipients.add(address);
    if (!diagnostic && /\b[45]\d\d[ -][0-9. ]*\S/.test(line) && /\b[45]\d\d\b/.test(line)) diagnostic = line;
  }
  const permanent = PERMANENT_TEXT.test(explanation) && !(TEMPORARY_TEXT.test(explanation) && !/permanent/i.test(explanation));
  if (recipients.size === 0 && !PERMANENT_TEXT.test(explanation) && !TEMPORARY_TEXT.test(explanation)) return null;
  return { permanent, recipients: [...recipients], diagnostic: shorten(diagnostic) };
}

function idsOf(headers: string): string[] {
  const line = /^message-id\s*:\s*(.*(?:\n[ \t].*)*)/im.exec(headers.replace(/\r\n/g, '\n'));
  return line ? [...line[1]!.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1]!) : [];
}

/** The Message-IDs of the returned original: its returned headers, a returned message part,
 * an original quoted in the text, or the In-Reply-To/References the MTA set. */
function originalIds(mail: ReadMail): string[] {
  const ids = new Set<string>();
  if (mail.report?.originalHeaders) idsOf(mail.report.originalHeaders).forEach((id) => ids.add(id));
  for (const file of mail.files) {
    if (file.kind === 'forwarded') idsOf(file.content.toString('latin1', 0, Math.min(file.content.length, 64 * 1024)).split(/\r?\n\r?\n/)[0]!).forEach((id) => ids.add(id));
  }
  const cut = RETURNED_COPY.exec(mail.text);
  if (cut) idsOf(mail.text.slice(cut.index)).forEach((id) => ids.add(id));
  [...mail.inReplyTo, ...mail.references].forEach((id) => ids.add(id));
  if (mail.messageId) ids.delete(mail.messageId);
  return [...ids];
}

/** The bounce's failure, or null when none can be read. */
export function readBounce(mail: ReadMail): Bounce | null {
  const reported = mail.report?.kind === 'delivery-status' && mail.report.text ? fromReport(mail.report.text) : null;
  const read = reported ?? fromText(mail);
  if (!read) return null;
  return { ...read, originalMessageIds: originalIds(mail) };
}
