// Gardien's own mail corpus (test/fixtures/mail) is whole and honest: every listed file exists
// and parses, names are unique, each category has its minimum, the expectations agree with what
// a standard parser reads (sender, subject, files), and the committed files are exactly what
// generate.ts writes. The corpus test that runs these through the doors relies on all of it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusEntries, fileName } from '../fixtures/mail/corpus.ts';
import { manyInlineImagesMessage, sizeCaseMessage } from '../fixtures/mail/corpus-broken.ts';
import { CONTRACTOR, RESIDENT, type Category, type Expect } from '../fixtures/mail/entry.ts';
import { expectedJson } from '../fixtures/mail/generate.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'mail');

interface Listed {
  file: string;
  category: Category;
  expect: Expect;
}

const listed: Listed[] = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

/** What the corpus test substitutes before sending (README.md). */
const substitute = (raw: Buffer): Buffer =>
  Buffer.from(
    raw
      .toString('latin1')
      .replaceAll('{TICKET}', '1104')
      .replaceAll('{MESSAGE_ID}', '0b7e6f0a-1c2d-4e3f-8a9b-0c1d2e3f4a5b@gardien.test')
      .replaceAll('{REPLY_ADDRESS}', 'gardien+t1104-7f3a9c@inbound.gardien.test'),
    'latin1',
  );

const minimums: [label: string, categories: Category[], minimum: number][] = [
  ['new requests', ['new_request'], 30],
  ['replies', ['reply'], 25],
  ['auto-replies', ['auto_reply'], 10],
  ['bounces', ['bounce'], 15],
  ['delivery and read receipts', ['delivery_report'], 3],
  ['lists and newsletters', ['list'], 6],
  ['loops', ['loop'], 4],
  ['challenge-response', ['challenge'], 2],
  ['broken and hostile', ['malformed', 'hostile'], 20],
];

const parsed = new Map<string, ParsedMail>();

beforeAll(async () => {
  for (const entry of listed) {
    const path = join(dir, entry.file);
    if (existsSync(path)) parsed.set(entry.file, await simpleParser(substitute(readFileSync(path))));
  }
});

describe('the corpus files', () => {
  it('when expected.json is read, then it lists at least 110 messages under unique NNN-name.eml names', () => {
    expect(listed.length).toBeGreaterThanOrEqual(110);
    const names = listed.map((e) => e.file);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map((n) => n.slice(0, 3))).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.eml$/);
  });

  it('when the folder is listed, then every file of expected.json is there, small, and no .eml is left unlisted', () => {
    const onDisk = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
    expect(onDisk).toEqual(listed.map((e) => e.file).sort());
    for (const entry of listed) expect(statSync(join(dir, entry.file)).size, entry.file).toBeLessThan(40 * 1024);
  });

  it('when each category is counted, then it meets its minimum', () => {
    for (const [label, categories, minimum] of minimums) {
      const count = listed.filter((e) => categories.includes(e.category)).length;
      expect(count, label).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('when every file is parsed by mailparser, raw and with the placeholders substituted, then none throws', async () => {
    for (const entry of listed) {
      const raw = readFileSync(join(dir, entry.file));
      await expect(simpleParser(raw), entry.file).resolves.toBeDefined();
      expect(parsed.has(entry.file), entry.file).toBe(true);
    }
  });

  it('when generate.ts is run again, then it writes exactly the committed bytes and expected.json', () => {
    const entries = corpusEntries();
    expect(entries.map((e, i) => fileName(i, e))).toEqual(listed.map((e) => e.file));
    for (const [i, entry] of entries.entries()) {
      expect(readFileSync(join(dir, fileName(i, entry))).equals(entry.bytes), fileName(i, entry)).toBe(true);
    }
    expect(readFileSync(join(dir, 'expected.json'), 'utf8')).toBe(expectedJson());
  });
});

describe('the expectations', () => {
  it('when an outcome is read, then automatic goes with ignored only, bounce details with bounces only, and nothing ignored or refused has files', () => {
    for (const { file, category, expect: x } of listed) {
      expect(x.automatic !== undefined, file).toBe(x.outcome === 'ignored');
      expect(x.bounce !== undefined, file).toBe(category === 'bounce');
      if (x.outcome === 'ignored' || x.outcome === 'refused') expect(x.attachments, file).toBe(0);
      if (x.outcome === 'refused') expect(x.reason, file).toMatch(/^[a-z_]+$/);
      if (x.from !== null) expect(x.from, file).toBe(x.from.toLowerCase());
      expect(x.subjectContains, file).toMatch(/^[\x20-\x7e]*$/);
      expect(x.subjectContains, file).not.toMatch(/\{(TICKET|MESSAGE_ID|REPLY_ADDRESS)\}/);
      expect(x.notes.length, file).toBeGreaterThan(20);
    }
  });

  it('when a category is read, then its outcome is the one DOMAIN.md §9 asks for', () => {
    const outcomes: Record<Category, string[]> = {
      new_request: ['ticket_created'],
      reply: ['answer_added'],
      auto_reply: ['ignored'],
      bounce: ['ignored'],
      delivery_report: ['ignored'],
      list: ['ignored'],
      loop: ['ignored'],
      challenge: ['ignored'],
      malformed: ['ticket_created', 'refused'],
      hostile: ['ticket_created', 'refused'],
    };
    for (const { file, category, expect: x } of listed) expect(outcomes[category], file).toContain(x.outcome);
  });

  it('when a reply is read, then it comes from a party of ticket {TICKET} and carries a link to it', () => {
    for (const { file, category, expect: x } of listed.filter((e) => e.category === 'reply')) {
      expect([RESIDENT, CONTRACTOR], file).toContain(x.from);
      const raw = readFileSync(join(dir, file), 'latin1');
      expect(/\{TICKET\}|<\{MESSAGE_ID\}>|\{REPLY_ADDRESS\}/.test(raw), `${file} (${category})`).toBe(true);
      expect(x.shownText, file).toBeDefined();
    }
  });

  it('when a bounce says it returns a Gardien email, then the returned original carries {MESSAGE_ID}', () => {
    const returning = listed.filter((e) => e.expect.bounce?.returnsGardienMessage);
    expect(returning.length).toBeGreaterThanOrEqual(5);
    expect(listed.filter((e) => e.expect.bounce?.permanent === false).length).toBeGreaterThanOrEqual(4);
    for (const { file } of returning) expect(readFileSync(join(dir, file), 'latin1'), file).toContain('Message-ID: <{MESSAGE_ID}>');
  });

  it('when the placeholders are substituted, then none is left in what a parser decodes (none hidden in base64)', () => {
    for (const { file } of listed) {
      const mail = parsed.get(file)!;
      const decoded = [mail.subject ?? '', mail.text ?? '', typeof mail.html === 'string' ? mail.html : '', mail.inReplyTo ?? '', [mail.references ?? []].flat().join(' '), mail.to ? JSON.stringify(mail.to) : ''].join('\n');
      expect(decoded, file).not.toMatch(/\{(TICKET|MESSAGE_ID|REPLY_ADDRESS)\}/);
    }
  });

  it('when mailparser reads a file, then its decoded subject contains subjectContains', () => {
    for (const { file, expect: x } of listed) {
      const subject = parsed.get(file)?.subject ?? '';
      expect(subject.replaceAll('\0', ''), file).toContain(x.subjectContains);
    }
  });

  it('when mailparser reads a file, then the sender it finds (From, else Sender) is the expected one', () => {
    for (const { file, expect: x } of listed) {
      const mail = parsed.get(file)!;
      const senderHeader = mail.headers.get('sender') as { value?: { address?: string }[] } | undefined;
      const found = (mail.from?.value[0]?.address ?? senderHeader?.value?.[0]?.address ?? null)?.toLowerCase() ?? null;
      expect(found, file).toBe(x.from);
    }
  });

  it('when mailparser counts the files, then the expected count follows the README rule (signatures and refused files aside)', () => {
    for (const { file, expect: x } of listed) {
      if (x.outcome !== 'ticket_created' && x.outcome !== 'answer_added') continue;
      if (x.attachmentsExact === false) continue;
      const files = parsed.get(file)!.attachments.filter((a) => !/pkcs7-signature/.test(a.contentType));
      expect(files.length - (x.refusedFiles ?? 0), file).toBe(x.attachments);
    }
  });
});

describe('the size cases made by the generator', () => {
  it('when a 3 MB message is generated, then it parses with its one large photo', async () => {
    const raw = sizeCaseMessage(3_000_000);
    expect(raw.length).toBeGreaterThan(2_900_000);
    const mail = await simpleParser(raw);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.size).toBeGreaterThan(2_000_000);
  });

  it('when a thread with 300 inline images is generated, then every image is a part of it', async () => {
    const mail = await simpleParser(manyInlineImagesMessage(300));
    expect(mail.attachments).toHaveLength(300);
    expect(mail.attachments.every((a) => a.related)).toBe(true);
  });
});
