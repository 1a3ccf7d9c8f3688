// Which mail a machine sent: each rule of the table on a mail written for it, and the mail of
// people that looks like it (a reply to an auto-reply, a forwarded bounce, "Absence de chauffage").
import { describe, expect, it } from 'vitest';
import { classifyAutomatic } from '../../src/domain/inbound/automatic-mail.ts';
import { readMail } from '../../src/inbound/read-mail.ts';

const OWN = { messageIdDomains: ['gardien.test'], ownAddresses: ['agence@gardien.test'] };

async function judge(headers: string[], body = 'Bonjour') {
  const raw = [...headers, ...(headers.some((h) => /^from:/i.test(h)) ? [] : ['From: Jeanne <jeanne@example.fr>']), '', body].join('\r\n');
  return classifyAutomatic(await readMail(Buffer.from(raw)), OWN)?.kind ?? null;
}

describe('automatic mail', () => {
  it.each([
    ['our own Message-ID back', ['Message-ID: <n-42@gardien.test>', 'Subject: Votre demande'], 'loop'],
    ['our own address as sender', ['From: agence@gardien.test', 'Subject: Votre demande'], 'loop'],
    ['X-Loop: yes', ['X-Loop: yes', 'Subject: [tt1] New ticket'], 'loop'],
    ['X-Loop naming Gardien', ['X-Loop: agence@gardien.test', 'Subject: Votre demande'], 'loop'],
    ['Auto-Submitted: auto-replied', ['Auto-Submitted: auto-replied', 'Subject: Re: fuite'], 'auto_reply'],
    ['X-Auto-Response-Suppress', ['X-Auto-Response-Suppress: All', 'Subject: Information'], 'auto_reply'],
    ['X-Autoreply', ['X-Autoreply: yes', 'Subject: Re: fuite'], 'auto_reply'],
    ['Precedence: auto_reply', ['Precedence: auto_reply', 'Subject: Re: fuite'], 'auto_reply'],
    ['Precedence: bulk', ['Precedence: bulk', 'Subject: Promotions'], 'list'],
    ['List-Id', ['List-Id: <copro.lists.example.org>', 'Subject: [copro] AG'], 'list'],
    ['List-Unsubscribe', ['List-Unsubscribe: <mailto:u@example.org>', 'Subject: Newsletter'], 'list'],
    ['Return-Path <>', ['Return-Path: <>', 'Subject: Notification'], 'bounce'],
    ['MAILER-DAEMON', ['From: Mail Delivery System <MAILER-DAEMON@mx.example.org>', 'Subject: Problem'], 'bounce'],
    ['postmaster', ['From: postmaster@example.org', 'Subject: Problem'], 'bounce'],
    ['Postfix subject', ['Subject: Undelivered Mail Returned to Sender'], 'bounce'],
    ['Gmail subject', ['Subject: Delivery Status Notification (Failure)'], 'bounce'],
    ['Exim subject', ['Subject: Mail delivery failed: returning message to sender'], 'bounce'],
    ['German subject', ['Subject: Unzustellbar: Rechnung'], 'bounce'],
    ['French subject', ['Subject: Non remis : Votre demande'], 'bounce'],
    ['French subject (2)', ['Subject: Non distribuable: Votre demande'], 'bounce'],
    ['Out of Office', ['Subject: Out of Office: Votre demande'], 'auto_reply'],
    ['Automatic reply', ['Subject: Automatic reply: Votre demande'], 'auto_reply'],
    ['Réponse automatique', ['Subject: Réponse automatique : Votre demande'], 'auto_reply'],
    ['Absence', ['Subject: Absence : Votre demande'], 'auto_reply'],
    ['Abwesenheit', ['Subject: Abwesenheitsnotiz: Ihre Anfrage'], 'auto_reply'],
    ['challenge-response', ['From: verify@boxbe.com', 'Subject: Please confirm'], 'challenge'],
    ['challenge subject', ['Subject: Please confirm you are human'], 'challenge'],
  ])('%s', async (_name, headers, kind) => {
    expect(await judge(headers)).toBe(kind);
  });

  it('reads delivery and disposition reports by their structure', async () => {
    const report = (type: string, part: string) =>
      judge([`Content-Type: multipart/report; report-type=${type}; boundary=r`, 'Subject: Report'], ['--r', 'Content-Type: text/plain', '', 'Report', '--r', `Content-Type: ${part}`, '', 'Reporting-MTA: dns; mx.example.org', '--r--', ''].join('\r\n'));
    expect(await report('delivery-status', 'message/delivery-status')).toBe('bounce');
    expect(await report('disposition-notification', 'message/disposition-notification')).toBe('delivery_report');
  });

  it.each([
    ['a request', ['Subject: Fuite d’eau au 3e étage']],
    ['Auto-Submitted: no', ['Auto-Submitted: no', 'Subject: Fuite']],
    ['a request the agency’s mailbox forwarded (Auto-Submitted: auto-forwarded)', ['Auto-Submitted: auto-forwarded', 'Subject: Fuite']],
    ['a request a procmail rule forwarded (X-Loop: the agency’s mailbox)', ['X-Loop: contact@agence-durand.fr', 'Subject: Fuite']],
    ['a person answering an auto-reply', ['Subject: Re: Automatic reply: Votre demande']],
    ['a person forwarding a bounce (Gmail Fwd:)', ['Subject: Fwd: Undelivered Mail Returned to Sender']],
    ['a tenant without heating', ['Subject: Absence de chauffage depuis hier']],
    ['a reply to Gardien (its Message-ID in In-Reply-To)', ['Subject: Re: [Ticket n°12] Fuite', 'In-Reply-To: <n-42@gardien.test>']],
  ])('%s is not automatic', async (_name, headers) => {
    expect(await judge(headers)).toBeNull();
  });
});
