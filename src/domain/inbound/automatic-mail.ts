// Which mail was sent by a machine and must never become a ticket, an answer or an
// acknowledgement: a table of rules, each a kind, a test and the sentence that says why. The
// first rule that matches wins, so the specific ones (our own mail back, reports, bounces) come
// before the broad ones. Subjects are tested at their start only: "Re: Automatic reply: …" and
// "Fwd: Undelivered Mail …" are people writing about an automatic mail, not one.
import type { AutomaticKind, ReadMail } from './mail.ts';

export interface OwnMail {
  /** The domains of the Message-IDs Gardien writes on its own mail. */
  messageIdDomains: string[];
  /** The addresses Gardien sends from. */
  ownAddresses: string[];
}

export interface AutomaticVerdict {
  kind: AutomaticKind;
  reason: string;
}

interface AutomaticRule {
  kind: AutomaticKind;
  reason: string;
  test: (mail: ReadMail, own: OwnMail) => boolean;
}

const header = (mail: ReadMail, name: string): string[] => mail.headers.get(name) ?? [];
const has = (mail: ReadMail, name: string): boolean => header(mail, name).some((value) => value.trim() !== '');
const headerMatches = (mail: ReadMail, name: string, pattern: RegExp): boolean => header(mail, name).some((value) => pattern.test(value));
const subject = (mail: ReadMail, pattern: RegExp): boolean => pattern.test(mail.subject.trim());
const localPart = (mail: ReadMail): string => (mail.from?.address ?? '').split('@')[0] ?? '';
const reportType = (mail: ReadMail): string => /report-type\s*=\s*"?([\w-]+)/i.exec(header(mail, 'content-type')[0] ?? '')?.[1]?.toLowerCase() ?? '';

function ownAddressIn(value: string, own: OwnMail): boolean {
  const text = value.toLowerCase();
  return own.ownAddresses.some((address) => text.includes(address.toLowerCase())) || own.messageIdDomains.some((domain) => text.includes(`@${domain.toLowerCase()}`));
}

function domainOf(id: string): string {
  return id.slice(id.lastIndexOf('@') + 1).toLowerCase();
}

/** Subjects of delivery failures, as MTAs write them in English, French, German, Spanish, Italian, Dutch. */
const BOUNCE_SUBJECT = new RegExp(
  '^(' +
    [
      'undeliver(ed|able)( mail| message)?', 'undelivered mail returned to sender', 'returned mail', 'mail delivery (failed|failure|problem|system)',
      'delivery (status notification|failure|has failed|notification)', 'delivery status', 'failure notice', 'failed mail', 'warning: could not send',
      'mail system error', 'message (delivery|not delivered|undeliverable)', 'nondeliverable', 'non[- ]?delivery', 'returned to sender',
      'automatically rejected mail', 'email bounce', 'bounce', 'unzustellbar', 'nicht zustellbar', 'unzustellbare nachricht',
      'Übermittlungsstatus', 'benachrichtigung zum übermittlungsstatus', 'non remis', 'non distribuable', 'échec de (la )?(remise|distribution)',
      'message non (remis|délivré|distribué)', 'rapport de non-remise', 'no se puede entregar', 'no entregado', 'mensaje no entregado',
      'non recapitabile', 'mancata consegna', 'onbestelbaar', 'niet bezorgd', 'dsn:', 'ndr:',
      '[\\w-]+ anti-?virus (found|detected)', 'anti-?virus (alert|notification|warning)', 'virus (found|detected|alert)',
    ].join('|') +
    ')',
  'i',
);

/** Subjects of out-of-office and other automatic answers. */
const AUTO_REPLY_SUBJECT = new RegExp(
  '^(' +
    [
      'auto(matic|matische?)?[ _-]?(reply|response|respons|antwort|answer)', 'autoreply', 'out of (the )?office', 'ooo\\b', 'away from (the )?office',
      'vacation( reply|:)', 'absen(ce|t|te)\\s*:', 'absen(ce|t|te) du bureau', 'absent(e)? jusqu',
      'réponse automatique', 'reponse automatique', 'message automatique', 'accusé de réception\\s*:', 'abwesenheitsnotiz', 'abwesenheit\\s*:', 'abwesend\\s*:', 'außer haus',
      'ausser haus', 'nicht im büro', 'automatische antwort', 'respuesta automática', 'fuera de la oficina', 'risposta automatica',
      'fuori sede', 'afwezig', 'automatisch antwoord', 'read: ', 'lu : ', 'gelesen: ', 'read receipt', 'disposition notification',
    ].join('|') +
    ')',
  'i',
);

const CHALLENGE = /(please confirm (that )?you are (a )?human|verify (that )?you are (a )?(human|real person)|sender verification|confirm your (email|message) (to|was)|bitte bestätigen sie|veuillez confirmer (que )?votre (message|adresse))/i;
const CHALLENGE_SENDERS = /@(.+\.)?(boxbe\.com|spamarrest\.com|mailblocks\.com|sendio\.com|choicemail\.com)$/i;

export const AUTOMATIC_RULES: AutomaticRule[] = [
  {
    kind: 'loop',
    reason: "The message carries one of Gardien's own Message-IDs: it is Gardien's own mail coming back.",
    test: (mail, own) => mail.messageId !== null && own.messageIdDomains.some((domain) => domainOf(mail.messageId!) === domain.toLowerCase()),
  },
  {
    kind: 'loop',
    reason: "The message comes from one of Gardien's own sending addresses.",
    test: (mail, own) => mail.from !== null && own.ownAddresses.some((address) => address.toLowerCase() === mail.from!.address),
  },
  {
    kind: 'loop',
    reason: 'The message carries an X-Loop header: a ticketing or mailing system sent it.',
    // "X-Loop: yes" (OTRS) or Gardien's own address; a procmail rule forwarding the agency's own
    // mailbox writes "X-Loop: <that mailbox>" on every mail it forwards, which are requests.
    test: (mail, own) =>
      has(mail, 'rt-loop-prevention') ||
      header(mail, 'x-loop').some((value) => !value.includes('@') || ownAddressIn(value, own)),
  },
  {
    kind: 'delivery_report',
    reason: 'The message is a read or disposition receipt (message/disposition-notification).',
    test: (mail) => mail.report?.kind === 'disposition' || (mail.contentType === 'multipart/report' && reportType(mail) === 'disposition-notification'),
  },
  {
    kind: 'bounce',
    reason: 'The message is a delivery status report (multipart/report).',
    test: (mail) => mail.contentType === 'multipart/report' || mail.report?.kind === 'delivery-status',
  },
  {
    kind: 'bounce',
    reason: 'The message comes from a mail server (MAILER-DAEMON or postmaster).',
    test: (mail) => /^(mailer[-_]?daemon|postmaster|post_master|mail[-_]?delivery[-_]?(subsystem|system)?|mmdf|smtp[-_]?gateway)$/i.test(localPart(mail)),
  },
  { kind: 'bounce', reason: 'The subject says the delivery of a message failed.', test: (mail) => subject(mail, BOUNCE_SUBJECT) },
  {
    kind: 'challenge',
    reason: 'The message asks to confirm the sender is a person (a challenge-response filter).',
    test: (mail) => CHALLENGE_SENDERS.test(mail.from?.address ?? '') || has(mail, 'x-boxbe-id') || subject(mail, CHALLENGE) || (mail.text.length < 4000 && CHALLENGE.test(mail.text) && has(mail, 'auto-submitted')),
  },
  { kind: 'auto_reply', reason: 'The subject says it is an automatic answer or an out-of-office reply.', test: (mail) => subject(mail, AUTO_REPLY_SUBJECT) },
  {
    kind: 'auto_reply',
    reason: 'The message says it was sent automatically (Auto-Submitted).',
    // Not "no", and not "auto-forwarded": the agency's own mailbox forwarding a person's mail to Gardien.
    test: (mail) => headerMatches(mail, 'auto-submitted', /^\s*(?!no\b|auto-forwarded\b)\S/i),
  },
  { kind: 'auto_reply', reason: 'The message asks not to be answered automatically (X-Auto-Response-Suppress).', test: (mail) => headerMatches(mail, 'x-auto-response-suppress', /\b(all|oof|autoreply)\b/i) },
  {
    kind: 'auto_reply',
    reason: 'The message says it is an automatic answer (X-Autoreply, X-Autorespond).',
    test: (mail) =>
      ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-mailautoreply', 'x-vacation'].some((name) => has(mail, name)) ||
      ['x-autogenerated', 'x-auto-generated'].some((name) => headerMatches(mail, name, /reply|vacation/i)),
  },
  { kind: 'auto_reply', reason: 'The message says it is an automatic answer (Precedence: auto_reply).', test: (mail) => headerMatches(mail, 'precedence', /auto[_-]?reply/i) },
  { kind: 'list', reason: 'The message is bulk, junk or list mail (Precedence).', test: (mail) => headerMatches(mail, 'precedence', /\b(bulk|junk|list)\b/i) },
  {
    kind: 'list',
    reason: 'The message comes from a mailing list or a newsletter (List-Id, List-Unsubscribe, List-Post).',
    test: (mail) => ['list-id', 'list-unsubscribe', 'list-post'].some((name) => has(mail, name)),
  },
  {
    kind: 'bounce',
    reason: 'The message has the null sender (Return-Path <>), which only delivery reports use.',
    test: (mail) => mail.returnPath === '',
  },
];

/** The first rule that says the mail is automatic, or null for mail a person wrote. */
export function classifyAutomatic(mail: ReadMail, own: OwnMail): AutomaticVerdict | null {
  const rule = AUTOMATIC_RULES.find((candidate) => candidate.test(mail, own));
  return rule ? { kind: rule.kind, reason: rule.reason } : null;
}
