// Scores the reading of mail against the shared corpus of real messages (../shared/mail-corpus,
// not part of the project nor of npm test): each .eml goes through readMail and classifyAutomatic,
// and is compared with its expected outcome (manifest.json): automatic or not, sender, subject,
// number of files; and, for every message, the universal rules (no script/iframe/object/on*/
// javascript: in the HTML, safe file names, read in bounded time). Prints the score per category,
// the misses with why, and a final score line.
//   node scripts/mail-corpus-score.ts [corpus folder] [--all]   (--all also lists ambiguous misses)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyAutomatic } from '../src/domain/inbound/automatic-mail.ts';
import type { ReadMail } from '../src/domain/inbound/mail.ts';
import { readMail } from '../src/inbound/read-mail.ts';

interface Entry {
  file: string;
  category: string;
  expect: {
    creates_ticket: boolean;
    joins_ticket: boolean;
    attachments: number;
    attachments_exact?: boolean;
    from: string | null;
    subject_contains: string;
    ambiguous?: boolean;
  };
}

const OWN = { messageIdDomains: ['gardien.example'], ownAddresses: ['gardien@gardien.example', 'no-reply@gardien.example'] };
const PLACEHOLDERS: Record<string, string> = {
  '{TICKET}': '1104',
  '{MESSAGE_ID}': 'msg-1104-6f1c2a@gardien.example',
  '{REPLY_ADDRESS}': 'gardien+t1104-k2x9q@gardien.example',
};
const SLOW_MS = 2000;

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--')) ?? '../shared/mail-corpus';
const listAmbiguous = args.includes('--all');
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Entry[];

function substitute(raw: Buffer): Buffer {
  let text = raw.toString('latin1');
  for (const [placeholder, value] of Object.entries(PLACEHOLDERS)) text = text.split(placeholder).join(value);
  return Buffer.from(text, 'latin1');
}

/** Breaches of the rules every message is held to, whatever its category. */
function universal(mail: ReadMail, elapsed: number): string[] {
  const broken: string[] = [];
  if (mail.html && /<script|<iframe|<object|<embed|\son\w+\s*=|javascript:/i.test(mail.html)) broken.push('unsafe HTML kept');
  for (const { filename } of [...mail.files, ...mail.refused]) {
    // eslint-disable-next-line no-control-regex -- control characters in a file name are the breach looked for
    if (/[/\\\u0000-\u001f]|\.\.|^[a-z]+:/i.test(filename) || filename.length > 180) broken.push(`unsafe file name ${JSON.stringify(filename)}`);
  }
  if (elapsed > SLOW_MS) broken.push(`read in ${elapsed} ms`);
  return broken;
}

function misses(entry: Entry, mail: ReadMail): string[] {
  const { expect } = entry;
  const wanted = expect.creates_ticket || expect.joins_ticket;
  const verdict = classifyAutomatic(mail, OWN);
  if (!wanted) return verdict ? [] : ['taken for a person’s mail (expected automatic or nothing)'];
  const found: string[] = [];
  if (verdict) found.push(`taken for automatic mail: ${verdict.kind} (${verdict.reason})`);
  const from = mail.from?.address ?? null;
  if ((expect.from?.toLowerCase() ?? null) !== from) found.push(`from ${from} instead of ${expect.from}`);
  if (!mail.subject.normalize('NFC').includes(expect.subject_contains.normalize('NFC'))) {
    found.push(`subject ${JSON.stringify(mail.subject.slice(0, 80))} lacks ${JSON.stringify(expect.subject_contains)}`);
  }
  const kept = mail.files.length;
  if (expect.attachments_exact === false) {
    const seen = kept + mail.refused.length;
    if (Math.abs(seen - expect.attachments) > Math.max(1, expect.attachments / 2)) found.push(`${seen} files seen, about ${expect.attachments} expected`);
  } else if (kept !== expect.attachments) {
    found.push(`${kept} files kept instead of ${expect.attachments} (${mail.files.map((file) => `${file.kind}:${file.filename}`).join(', ')})`);
  }
  return found;
}

const byCategory = new Map<string, { total: number; matched: number }>();
const report: string[] = [];
let matched = 0;
let clearTotal = 0;
let clearMatched = 0;
let breaches = 0;
for (const entry of manifest) {
  const raw = substitute(readFileSync(join(folder, entry.file)));
  const started = Date.now();
  let problems: string[];
  let rules: string[] = [];
  try {
    const mail = await readMail(raw);
    problems = misses(entry, mail);
    rules = universal(mail, Date.now() - started);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const clean = code === 'message_too_large' || code === 'message_unreadable';
    problems = clean && !(entry.expect.creates_ticket || entry.expect.joins_ticket) ? [] : [`refused: ${code ?? ''} ${(error as Error).message}`];
    if (!clean) rules = [`crashed: ${(error as Error).stack ?? String(error)}`];
  }
  const stats = byCategory.get(entry.category) ?? { total: 0, matched: 0 };
  stats.total++;
  const ok = problems.length === 0;
  if (ok) {
    stats.matched++;
    matched++;
  }
  if (!entry.expect.ambiguous) {
    clearTotal++;
    if (ok) clearMatched++;
  }
  byCategory.set(entry.category, stats);
  breaches += rules.length;
  if ((!ok && (listAmbiguous || !entry.expect.ambiguous)) || rules.length > 0) {
    report.push(`  ${entry.file}${entry.expect.ambiguous ? ' (ambiguous)' : ''}: ${[...problems, ...rules].join('; ')}`);
  }
}

for (const [category, stats] of [...byCategory].sort()) console.log(`${category.padEnd(12)} ${stats.matched}/${stats.total}`);
if (report.length > 0) console.log(`\nMisses${listAmbiguous ? '' : ' (ambiguous ones left out; --all lists them)'}:\n${report.join('\n')}`);
console.log(
  `\nscore: ${matched}/${manifest.length} as expected (${clearMatched}/${clearTotal} of the unambiguous ones); ${breaches} breaches of the universal rules`,
);
