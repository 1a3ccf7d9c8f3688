// Reading raw mail as it comes from real clients and from broken or hostile senders: every
// message here is written for this test, byte by byte where the bytes matter.
import { describe, expect, it } from 'vitest';
import { readMail } from '../../src/inbound/read-mail.ts';

const crlf = (...lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e2e1f20000000049454e44ae426082', 'hex');

describe('reading a mail from a real client', () => {
  it('reads an Outlook HTML mail with an inline image and a PDF: headers, text, cid image, files', async () => {
    const mail = await readMail(crlf(
      'From: =?iso-8859-1?Q?Ren=E9e_Mart=EDn?= <Renee.Martin@Example.FR>',
      'To: "Agence Durand" <demandes@agence.test>, other@agence.test',
      'Subject: =?utf-8?B?RnVpdGUgZCdlYXUg?= =?utf-8?B?w6AgbGEgY2F2ZQ==?=',
      'Message-ID: <abc.123@example.fr>',
      'In-Reply-To: <m1@gardien.test>',
      'References: <m0@gardien.test> <m1@gardien.test>',
      'Date: Tue, 01 Dec 2026 09:30:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="mixed"',
      '',
      '--mixed',
      'Content-Type: multipart/related; boundary="rel"',
      '',
      '--rel',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<html><body><p>Bonjour, l=E2=80=99eau coule.</p><img src=3D"cid:image001.png@01DA"></body></html>',
      '--rel',
      'Content-Type: image/png; name="image001.png"',
      'Content-ID: <image001.png@01DA>',
      'Content-Disposition: inline; filename="image001.png"',
      'Content-Transfer-Encoding: base64',
      '',
      b64(PNG),
      '--rel--',
      '--mixed',
      'Content-Type: application/pdf; name="devis.pdf"',
      'Content-Disposition: attachment; filename="devis.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      b64('%PDF-1.4\n%%EOF\n'),
      '--mixed--',
      '',
    ));
    expect(mail.from).toEqual({ address: 'renee.martin@example.fr', name: 'Renée Martín' });
    expect(mail.to.map((to) => to.address)).toEqual(['demandes@agence.test', 'other@agence.test']);
    expect(mail.subject).toBe("Fuite d'eau à la cave");
    expect(mail.messageId).toBe('abc.123@example.fr');
    expect(mail.inReplyTo).toEqual(['m1@gardien.test']);
    expect(mail.references).toEqual(['m0@gardien.test', 'm1@gardien.test']);
    expect(mail.date?.toISOString()).toBe('2026-12-01T08:30:00.000Z');
    expect(mail.text).toContain('Bonjour, l’eau coule.');
    expect(mail.html).toContain('<img src="cid:image001.png@01DA" />');
    expect(mail.files.map(({ filename, kind, contentId, contentType }) => ({ filename, kind, contentId, contentType }))).toEqual([
      { filename: 'image001.png', kind: 'inline', contentId: 'image001.png@01DA', contentType: 'image/png' },
      { filename: 'devis.pdf', kind: 'attachment', contentId: null, contentType: 'application/pdf' },
    ]);
    expect(mail.files[0]!.content.equals(PNG)).toBe(true);
    expect(mail.notes).toEqual([]);
  });

  it('keeps a forwarded message as one .eml named after its subject, its own attachment inside it', async () => {
    const mail = await readMail(crlf(
      'From: gerant@example.fr', 'Subject: Fwd: Devis', 'Content-Type: multipart/mixed; boundary=b1', '',
      '--b1', 'Content-Type: text/plain', '', 'Voir ci-dessous.',
      '--b1', 'Content-Type: message/rfc822', 'Content-Disposition: inline', '',
      'From: plombier@example.com', 'Subject: =?utf-8?Q?Devis_n=C2=B042_(1/2)?=', 'Content-Type: multipart/mixed; boundary=b2', '',
      '--b2', 'Content-Type: text/plain', '', 'Ci-joint.', '--b2', 'Content-Type: application/pdf; name=devis.pdf', 'Content-Transfer-Encoding: base64', '', b64('%PDF-1.4'), '--b2--',
      '--b1--', '',
    ));
    expect(mail.files.map((file) => [file.kind, file.filename, file.contentType])).toEqual([['forwarded', 'Devis n°42 (1-2).eml', 'message/rfc822']]);
    expect(mail.files[0]!.content.toString()).toContain('Ci-joint.');
    expect(mail.text).toBe('Voir ci-dessous.');
  });

  it('keeps winmail.dat and smime.p7m as one file each, and counts neither signatures nor reports as files', async () => {
    const mail = await readMail(crlf(
      'From: a@example.com', 'Subject: s', 'Content-Type: multipart/mixed; boundary=x', '',
      '--x', 'Content-Type: text/plain', '', 'Body',
      '--x', 'Content-Type: application/ms-tnef; name="winmail.dat"', 'Content-Transfer-Encoding: base64', '', b64(Buffer.from([0x78, 0x9f, 0x3e, 0x22, 1, 2])),
      '--x', 'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"', 'Content-Transfer-Encoding: base64', '', b64('opaque'),
      '--x', 'Content-Type: application/pgp-signature; name="signature.asc"', '', '-----BEGIN PGP SIGNATURE-----',
      '--x--', '',
    ));
    expect(mail.files.map((file) => [file.kind, file.filename])).toEqual([['tnef', 'winmail.dat'], ['smime', 'smime.p7m']]);
  });
});

describe('what is not a file', () => {
  it('leaves out alternative bodies without a name (text/watch-html, text/calendar) and abuse-report parts', async () => {
    const mail = await readMail(crlf(
      'From: a@example.com', 'Content-Type: multipart/mixed; boundary=m', '',
      '--m', 'Content-Type: multipart/alternative; boundary=a', '',
      '--a', 'Content-Type: text/plain', '', 'Rendez-vous jeudi',
      '--a', 'Content-Type: text/watch-html', '', '<b>Rendez-vous</b>',
      '--a', 'Content-Type: text/calendar; method=REQUEST', '', 'BEGIN:VCALENDAR',
      '--a--',
      '--m', 'Content-Type: message/feedback-report', '', 'Feedback-Type: abuse',
      '--m', 'Content-Type: text/calendar; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"', '', 'BEGIN:VCALENDAR',
      '--m--', '',
    ));
    expect(mail.text).toBe('Rendez-vous jeudi');
    expect(mail.files.map((file) => file.filename)).toEqual(['invite.ics']);
  });
});

describe('repairing what senders get wrong', () => {
  it('reads ISO-8859-1 that is really Windows-1252, KOI8-R, ISO-2022-JP and UTF-7 bodies', async () => {
    const body = (charset: string, bytes: Buffer) => readMail(Buffer.concat([crlf('From: a@example.com', 'Subject: x', `Content-Type: text/plain; charset=${charset}`, 'Content-Transfer-Encoding: 8bit', '', ''), bytes]));
    expect((await body('iso-8859-1', Buffer.from([0x80, 0x20, 0x92, 0x61, 0xe9]))).text).toBe('€ ’aé');
    expect((await body('koi8-r', Buffer.from([0xd4, 0xc5, 0xd3, 0xd4]))).text).toBe('тест');
    expect((await body('iso-2022-jp', Buffer.from('1b244230431b2842', 'hex'))).text).toBe('庵');
    expect((await body('utf-7', Buffer.from('Fr+AOk-d+AOk-ric'))).text).toBe('Frédéric');
    const lying = await body('utf-8', Buffer.from('caf\xe9 cr\xe8me', 'latin1'));
    expect(lying.text).toBe('café crème');
    expect(lying.notes).toContain('lying_charset:utf-8');
    const unknown = await body('x-made-up', Buffer.from('caf\xe9', 'latin1'));
    expect(unknown.text).toBe('café');
    expect(unknown.notes).toContain('unknown_charset:x-made-up');
  });

  it('reads raw 8-bit headers as UTF-8, else Windows-1252, and broken encoded words', async () => {
    const utf8 = await readMail(Buffer.concat([Buffer.from('From: =?utf-8?Q?Jos=C3=A9?= <j@example.com>\r\nSubject: '), Buffer.from('Réparation chaudière', 'utf8'), Buffer.from('\r\n\r\nx')]));
    expect(utf8.subject).toBe('Réparation chaudière');
    const latin = await readMail(Buffer.concat([Buffer.from('From: j@example.com\r\nSubject: '), Buffer.from('Réparation chaudière', 'latin1'), Buffer.from('\r\n\r\nx')]));
    expect(latin.subject).toBe('Réparation chaudière');
    const folded = await readMail(crlf('From: j@example.com', 'Subject: =?unicode-1-1-utf-7?Q?+ANw-bermittlungsstatus', ' (Fehlgeschlagen)?=', '', 'x'));
    expect(folded.subject).toBe('Übermittlungsstatus (Fehlgeschlagen)');
  });

  it('reads LF-only and CR-only line endings, an mbox From line, NUL bytes and missing headers', async () => {
    const lf = await readMail(Buffer.from('From MAILER-DAEMON Tue Dec  1 09:00:00 2026\nFrom: a@example.com\nSubject: LF\n\nhello\n'));
    expect([lf.subject, lf.text.trim(), lf.from?.address]).toEqual(['LF', 'hello', 'a@example.com']);
    expect(lf.notes).toEqual(expect.arrayContaining(['mbox_from_line', 'no_message_id', 'no_date']));
    const cr = await readMail(Buffer.from('From: a@example.com\rSubject: CR\r\rhello\r'));
    expect([cr.subject, cr.text.trim()]).toEqual(['CR', 'hello']);
    const nul = await readMail(Buffer.from('From: a@exa\0mple.com\r\nSubject: N\0UL\r\n\r\nhel\0lo'));
    expect([nul.from?.address, nul.subject, nul.text]).toEqual(['a@example.com', 'NUL', 'hello']);
    expect(nul.notes).toContain('nul_bytes');
    const bom = await readMail(Buffer.from('\uFEFFFrom: a@example.com\r\nSubject: BOM\r\n\r\nhello'));
    expect([bom.from?.address, bom.subject, bom.notes]).toEqual(['a@example.com', 'BOM', ['byte_order_mark', 'no_message_id', 'no_date']]);
    const blank = await readMail(Buffer.from('From: a@example.com\r\nSubject: WS\r\n \r\nthe body\r\n'));
    expect([blank.subject, blank.text.trim()]).toEqual(['WS', 'the body']);
    const none = await readMail(Buffer.from('just some words, no header at all\r\n'));
    expect(none.from).toBeNull();
    expect(none.notes).toEqual(expect.arrayContaining(['no_from', 'no_message_id', 'no_date']));
  });

  it('makes text from the HTML when the mail has no text part', async () => {
    const mail = await readMail(crlf('From: a@example.com', 'Content-Type: text/html; charset=utf-8', '', '<p>Le radiateur</p><p>ne chauffe plus</p>'));
    expect(mail.text).toMatch(/Le radiateur\s+ne chauffe plus/);
  });
});

describe('hostile mail', () => {
  it('sanitizes the HTML: no script, frame, object, handler, javascript:, remote image or url() style', async () => {
    const mail = await readMail(crlf(
      'From: a@example.com', 'Content-Type: text/html; charset=utf-8', '',
      '<table border="1"><tr><td style="color: red; background: url(https://t.test/p.gif)">Cell</td></tr></table>',
      '<script>alert(1)</script><iframe src="https://evil.test"></iframe><object data="x.swf"></object>',
      '<img src="https://tracker.test/pixel.gif"><img src="x" onerror="alert(1)"><a href="javascript:alert(1)" onclick="x()">lien</a>',
      '<div style="width: expression(alert(1))">w</div><img src="data:image/png;base64,iVBORw0KGgo=">',
    ));
    expect(mail.html).not.toMatch(/script|iframe|object|onerror|onclick|javascript:|tracker\.test|url\(|expression/i);
    expect(mail.html).toContain('<td style="color:red">Cell</td>');
    expect(mail.html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" />');
    expect(mail.html).toContain('<a rel="noopener noreferrer" target="_blank">lien</a>');
  });

  it('names files safely: no path, no scheme, no control characters, at most 180 characters, a fallback', async () => {
    const part = (header: string) => ['--z', header, 'Content-Transfer-Encoding: base64', '', b64('data')];
    const mail = await readMail(crlf(
      'From: a@example.com', 'Content-Type: multipart/mixed; boundary=z', '',
      ...part('Content-Type: text/plain; name="../../etc/passwd"'),
      ...part('Content-Disposition: attachment; filename="php://filter/read=convert.base64-encode/resource=index.php.txt"'),
      ...part(`Content-Disposition: attachment; filename="bad\x01name\u202E.txt"`),
      ...part(`Content-Disposition: attachment; filename="${'a'.repeat(300)}.pdf"`),
      ...part('Content-Type: image/jpeg'),
      ...part("Content-Disposition: attachment; filename*=utf-8''re%C3%A7u%20loyer.pdf"),
      '--z--', '',
    ));
    const names = mail.files.map((file) => file.filename);
    expect(names.slice(0, 3)).toEqual(['passwd', 'resource=index.php.txt', 'badname.txt']);
    expect(names[3]).toHaveLength(180);
    expect(names[3]).toMatch(/^a+\.pdf$/);
    expect(names.slice(4)).toEqual(['piece-jointe-5.jpg', 'reçu loyer.pdf']);
  });

  it('refuses programs by name and by bytes, and zip bombs by their declared size', async () => {
    const bomb = zipDeclaring(300 * 1024 * 1024);
    const mail = await readMail(crlf(
      'From: a@example.com', 'Content-Type: multipart/mixed; boundary=z', '',
      '--z', 'Content-Type: application/octet-stream; name="facture.pdf.exe"', 'Content-Transfer-Encoding: base64', '', b64('MZ'),
      '--z', 'Content-Type: application/pdf; name="facture.pdf"', 'Content-Transfer-Encoding: base64', '', b64(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0')])),
      '--z', 'Content-Type: application/zip; name="photos.zip"', 'Content-Transfer-Encoding: base64', '', b64(bomb),
      '--z', 'Content-Type: application/zip; name="ok.zip"', 'Content-Transfer-Encoding: base64', '', b64(zipDeclaring(10)),
      '--z', 'Content-Type: application/zip; name="docs.zip"', 'Content-Transfer-Encoding: base64', '', b64(zipDeclaring(10, 'docs/setup.exe')),
      '--z--', '',
    ));
    expect(mail.refused.map((file) => [file.filename, file.code])).toEqual([
      ['facture.pdf.exe', 'executable'],
      ['facture.pdf', 'executable'],
      ['photos.zip', 'zip_bomb'],
      ['docs.zip', 'executable'],
    ]);
    expect(mail.refused[1]!.reason).toContain('exe program whatever its name');
    expect(mail.files.map((file) => file.filename)).toEqual(['ok.zip']);
    expect(mail.notes).toContain('files_refused');
  });

  it('holds its limits: message size, file count and file size', async () => {
    await expect(readMail(Buffer.alloc(2048, 'a'), { maxBytes: 1024 })).rejects.toMatchObject({ code: 'message_too_large' });
    await expect(readMail(Buffer.from('\r\n\r\n'))).rejects.toMatchObject({ code: 'message_unreadable' });
    const files = ['a', 'b', 'c'].flatMap((name) => ['--z', `Content-Type: application/pdf; name="${name}.pdf"`, '', 'x'.repeat(name === 'b' ? 500 : 10)]);
    const mail = await readMail(crlf('From: a@example.com', 'Content-Type: multipart/mixed; boundary=z', '', ...files, '--z--', ''), { maxFiles: 1, maxFileBytes: 100 });
    expect(mail.files.map((file) => file.filename)).toEqual(['a.pdf']);
    expect(mail.refused.map((file) => [file.filename, file.code])).toEqual([['b.pdf', 'too_large'], ['c.pdf', 'too_many_files']]);
  });

  it('reads in bounded time: a deadline, HTML nested to break parsers, thousands of unclosed tags', async () => {
    const big = crlf('From: a@example.com', 'Content-Type: application/pdf', 'Content-Transfer-Encoding: base64', '', b64(Buffer.alloc(3 * 1024 * 1024, 1)));
    await expect(readMail(big, { timeoutMs: 1 })).rejects.toMatchObject({ code: 'message_unreadable' });
    const started = Date.now();
    const deep = await readMail(crlf('From: a@example.com', 'Content-Type: text/html', '', '<div>'.repeat(100_000) + 'fond' + '<script>'.repeat(50_000)));
    expect(deep.html).toBeNull();
    expect(deep.text).toContain('fond');
    expect(deep.notes).toContain('html_too_deep');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses the files of parts nested deeper than the limit, and still reads the text', async () => {
    let part = ['Content-Type: application/pdf; name="deep.pdf"', '', '%PDF'].join('\r\n');
    for (let level = 0; level < 40; level++) part = [`Content-Type: multipart/mixed; boundary=l${level}`, '', `--l${level}`, part, `--l${level}--`, ''].join('\r\n');
    const mail = await readMail(crlf('From: a@example.com', 'Content-Type: multipart/mixed; boundary=top', '', '--top', 'Content-Type: text/plain', '', 'Visible', '--top', part, '--top--', ''));
    expect(mail.text).toContain('Visible');
    expect(mail.files).toEqual([]);
    expect(mail.refused.map((file) => [file.filename, file.code])).toEqual([['deep.pdf', 'unreadable']]);
  });

  it('tests hostile style values in linear time', async () => {
    const started = Date.now();
    const html = `<p style="color: ${'a'.repeat(5000)}(">x</p><p style="font-family: ${"'a', ".repeat(50)}b">y</p><p style="font-family: 'Segoe UI', Arial">z</p>`;
    const mail = await readMail(crlf('From: a@example.com', 'Content-Type: text/html', '', html));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(mail.html).toBe(`<p>x</p><p>y</p><p style="font-family:'Segoe UI', Arial">z</p>`);
  });

  it('never throws on broken MIME: no final boundary, a lying multipart, garbage', async () => {
    const open = await readMail(crlf('From: a@example.com', 'Content-Type: multipart/mixed; boundary=q', '', '--q', 'Content-Type: text/plain', '', 'unfinished'));
    expect(open.text).toContain('unfinished');
    const lying = await readMail(crlf('From: a@example.com', 'Content-Type: multipart/mixed', '', 'no boundary at all'));
    expect(lying.from?.address).toBe('a@example.com');
    for (const garbage of [Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x0a, 0x3a]), Buffer.from(':::\r\n\r\n'), Buffer.from('=?utf-8?B?====?=')]) {
      await expect(readMail(garbage)).resolves.toBeDefined();
    }
  });
});

/** A one-entry zip whose central directory declares `size` bytes once unpacked. */
function zipDeclaring(size: number, entry = 'a.txt'): Buffer {
  const name = Buffer.from(entry);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(1, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(1, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const data = Buffer.from('x');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
