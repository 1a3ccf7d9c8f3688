// What bounces say, from the report or the text of several MTAs, on bounces written for this test.
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../src/domain/inbound/bounce.ts';
import { readMail } from '../../src/inbound/read-mail.ts';

const read = async (...lines: string[]) => readBounce(await readMail(Buffer.from(lines.join('\r\n'))));

describe('reading a bounce', () => {
  it('reads a Postfix report: permanent, the failed recipient, the diagnostic, the original Message-ID', async () => {
    expect(
      await read(
        'From: MAILER-DAEMON@mx.agence.test (Mail Delivery System)', 'To: agence@gardien.test', 'Subject: Undelivered Mail Returned to Sender',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '',
        '--b', 'Content-Type: text/plain', '', 'I\'m sorry to have to inform you that your message could not be delivered.',
        '--b', 'Content-Type: message/delivery-status', '',
        'Reporting-MTA: dns; mx.agence.test', '', 'Final-Recipient: rfc822; Locataire@Example.FR', 'Action: failed', 'Status: 5.1.1',
        'Diagnostic-Code: smtp; 550 5.1.1 <locataire@example.fr>: Recipient address', ' rejected: User unknown',
        '--b', 'Content-Type: text/rfc822-headers', '', 'From: agence@gardien.test', 'Message-ID: <n-42@gardien.test>', 'Subject: Votre demande',
        '--b--', '',
      ),
    ).toEqual({
      permanent: true,
      recipients: ['locataire@example.fr'],
      originalMessageIds: ['n-42@gardien.test'],
      diagnostic: '550 5.1.1 <locataire@example.fr>: Recipient address rejected: User unknown',
    });
  });

  it('tells a delay (Action: delayed, 4.x.x) from a failure', async () => {
    const bounce = await read(
      'From: MAILER-DAEMON@mx.test', 'Subject: Delayed Mail (still being retried)', 'Content-Type: multipart/report; report-type=delivery-status; boundary=b', '',
      '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.test', '', 'Final-Recipient: rfc822; slow@example.org', 'Action: delayed', 'Status: 4.4.7', '--b--', '',
    );
    expect(bounce).toMatchObject({ permanent: false, recipients: ['slow@example.org'] });
  });

  it('reads an Exim text bounce and the returned original below it', async () => {
    const bounce = await read(
      'From: Mail Delivery System <Mailer-Daemon@mail.example.org>', 'To: agence@gardien.test', 'Subject: Mail delivery failed: returning message to sender', '',
      'This message was created automatically by mail delivery software.', '',
      'A message that you sent could not be delivered to one or more of its', 'recipients. This is a permanent error. The following address(es) failed:', '',
      '  plombier@example.com', '    host mx.example.com [192.0.2.1]', '    SMTP error from remote mail server after RCPT TO:<plombier@example.com>:', '    550 5.1.1 User unknown', '',
      '------ This is a copy of the message, including all the headers. ------', '',
      'Message-ID: <n-7@gardien.test>', 'From: agence@gardien.test', 'To: plombier@example.com', '',
    );
    expect(bounce).toMatchObject({ permanent: true, recipients: ['plombier@example.com'], originalMessageIds: ['n-7@gardien.test'] });
  });

  it('reads a qmail failure notice and a Gmail text bounce', async () => {
    const qmail = await read(
      'From: MAILER-DAEMON@mx.example.jp', 'Subject: failure notice', '',
      'Hi. This is the qmail-send program at mx.example.jp.', "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.", '', '<gone@example.jp>:', '192.0.2.3 does not like recipient.', 'Remote host said: 550 5.1.1 unknown user', '',
    );
    expect(qmail).toMatchObject({ permanent: true, recipients: ['gone@example.jp'] });
    const gmail = await read(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Subject: Delivery Status Notification (Failure)', 'In-Reply-To: <n-9@gardien.test>', '',
      'Delivery to the following recipient failed permanently:', '', '     syndic@example.net', '',
      'Technical details of permanent failure:', 'The email account that you tried to reach does not exist.', '',
    );
    expect(gmail).toEqual({ permanent: true, recipients: ['syndic@example.net'], originalMessageIds: ['n-9@gardien.test'], diagnostic: null });
  });

  it('reads an Exchange text bounce, without the server mailboxes it names for help', async () => {
    const bounce = await read(
      'From: postmaster@agence.example', 'Subject: Undeliverable: Votre demande', '',
      'Your message to Gardienne@Example.com couldn\'t be delivered.', '',
      'Delivery has failed to these recipients or groups:', '', 'gardienne@example.com<mailto:gardienne@example.com>',
      'The email address you entered couldn\'t be found.', '', 'For help, write to:', '   postmaster@agence.example', '',
    );
    expect(bounce).toMatchObject({ permanent: true, recipients: ['gardienne@example.com'] });
  });

  it('reads a Sendmail warning as temporary, and nothing from a mail that says no failure', async () => {
    const warning = await read(
      'From: MAILER-DAEMON@antivirus.example.ca', 'Subject: Warning: could not send message for past 4 hours', '',
      '    **********************************************', '    **      THIS IS A WARNING MESSAGE ONLY      **', '    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
      '', 'The original message was received at Wed, 18 Oct 2006', '', '   ----- Transcript of session follows -----', '<julie@example.ca>... Deferred: Connection timed out', 'Warning: message still undelivered after 4 hours', 'Will keep trying until message is 5 days old', '',
    );
    expect(warning?.permanent).toBe(false);
    expect(await read('From: postmaster@example.org', 'Subject: Hello', '', 'Just saying hello.')).toBeNull();
  });
});
