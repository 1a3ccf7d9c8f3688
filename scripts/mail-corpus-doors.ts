// Scores the shared corpus of real messages (../shared/mail-corpus, not part of the project nor
// of npm test) through Gardien's real doors: each .eml, its placeholders filled with a real
// ticket, a real Gardien Message-ID and that ticket's reply address, goes through the HTTP door
// (POST /api/v1/inbound/email) and, when the listener runs, the SMTP door, on the embedded PGlite
// and on PostgreSQL. A message is as expected when it made a ticket, joined ticket {TICKET} or
// did neither as its manifest says, never got a 5xx, and nothing was written to an automatic
// sender. Prints the misses and one score line per door and database.
//   node scripts/mail-corpus-doors.ts [corpus folder] [--pglite-only] [--all]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { openRuntime } from '../src/runtime/open-context.ts';
import { buildApp } from '../src/http/app.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { replyAddress } from '../src/inbound/reply-address.ts';

interface Entry {
  file: string;
  category: string;
  expect: { creates_ticket: boolean; joins_ticket: boolean; from: string | null; ambiguous?: boolean };
}

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--')) ?? '../shared/mail-corpus';
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Entry[];
const MAIL_FROM = 'Gardien <gardien@gardien.example>';
const PASSWORD = 'gardien-demo';

async function score(kind: 'pglite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'gardien-corpus-'));
  const name = `gardien_corpus_${process.pid}`;
  const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = kind === 'postgres' ? new pg.Client({ connectionString: server }) : undefined;
  let databaseUrl: string | undefined;
  if (admin) {
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', MAIL_FROM, INBOUND_DOMAIN: 'entrant.gardien.example', DEMO_TICKETS: '0', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  const runtime = await openRuntime(config);
  const { ctx } = runtime;
  await loadDemo(ctx.db);
  const app = await buildApp(ctx, { logLevel: false });
  await app.ready();
  try {
    const login = async (email: string) => {
      const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
      return `gardien_session=${r.cookies.find((c) => c.name === 'gardien_session')!.value}`;
    };
    const call = (cookie: string, method: string, url: string, payload?: object) => app.inject({ method: method as 'GET', url, headers: { cookie }, ...(payload ? { payload } : {}) });
    const adminCookie = await login('admin@demo.gardien.test');
    const manager = await login('manager@demo.gardien.test');
    const me = (await call(manager, 'GET', '/api/v1/me')).json();
    const properties = (await call(manager, 'GET', '/api/v1/properties?limit=1')).json().items;
    const contractors = (await call(manager, 'GET', '/api/v1/contractors?limit=1')).json().items;
    // The corpus's repliers are parties of the ticket (watchers): a subject tag joins only a party's mail.
    const watchers = [];
    const repliers = [...new Set(manifest.filter((e) => e.expect.joins_ticket && e.expect.from).map((e) => e.expect.from!.toLowerCase()))];
    const accepted: string[] = [];
    for (const from of repliers) {
      // Checked one by one: an address Gardien's own validation refuses is left out.
      const probe = await call(adminCookie, 'POST', '/api/v1/persons', { name: from, emails: [from] });
      if (probe.statusCode === 201) accepted.push(from);
    }
    for (let i = 0; i < accepted.length; i += 10) {
      const person = await call(adminCookie, 'POST', '/api/v1/persons', { name: `Correspondants ${i / 10 + 1}`, emails: accepted.slice(i, i + 10) });
      if (person.statusCode === 201) watchers.push({ personId: person.json().id, channels: ['email'] });
    }
    const created = await call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: properties[0].id, subject: 'Fuite', description: 'Fuite.', contractors: [{ contractorId: contractors[0].id, channels: ['email'] }], watchers });
    if (created.statusCode !== 201) throw new Error(created.body);
    const number = created.json().number as number;
    const outbox = (await call(manager, 'GET', `/api/v1/outbox?ticket=${number}&channel=email`)).json().items;
    const values: Record<string, string> = {
      '{TICKET}': String(number),
      '{MESSAGE_ID}': `${outbox[0].id}@gardien.example`,
      '{REPLY_ADDRESS}': replyAddress(MAIL_FROM, ctx.secret, number, me.organization.id),
    };
    const secret = (await call(adminCookie, 'GET', '/api/v1/settings/inbound')).json().secret;
    const outboxCount = async () => (await call(manager, 'GET', '/api/v1/outbox?limit=1')).json().counts.all ?? 0;
    let good = 0;
    let unambiguous = 0;
    let goodUnambiguous = 0;
    let breaches = 0;
    const missed: string[] = [];
    for (const entry of manifest) {
      let text = readFileSync(join(folder, entry.file)).toString('latin1');
      for (const [k, v] of Object.entries(values)) text = text.split(k).join(v);
      const before = await outboxCount();
      const response = await app.inject({ method: 'POST', url: '/api/v1/inbound/email', headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${secret}` }, payload: Buffer.from(text, 'latin1') });
      const result = response.statusCode === 202 ? response.json() : { outcome: `http ${response.statusCode}` };
      const wrote = (await outboxCount()) - before;
      const why: string[] = [];
      if (response.statusCode >= 500) {
        why.push(`5xx: ${response.body.slice(0, 120)}`);
        breaches += 1;
      }
      const created = result.outcome === 'ticket_created';
      const joined = result.outcome === 'answer_added' && result.ticketNumber === number;
      if (created !== entry.expect.creates_ticket) why.push(`${created ? 'made' : 'did not make'} a ticket (${result.outcome}${result.reason ? `: ${result.reason}` : ''})`);
      if (joined !== entry.expect.joins_ticket) why.push(`${joined ? 'joined' : 'did not join'} the ticket (${result.outcome}${result.reason ? `: ${result.reason}` : ''})`);
      if (!entry.expect.creates_ticket && !entry.expect.joins_ticket && wrote > 0) {
        why.push(`wrote ${wrote} message(s) to an automatic sender`);
        breaches += 1;
      }
      if (!entry.expect.ambiguous) unambiguous += 1;
      if (why.length === 0) {
        good += 1;
        if (!entry.expect.ambiguous) goodUnambiguous += 1;
      } else if (!entry.expect.ambiguous || args.includes('--all')) missed.push(`  ${entry.file}${entry.expect.ambiguous ? ' (ambiguous)' : ''}: ${why.join('; ')}`);
    }
    if (missed.length) console.log(`Misses (${kind}, HTTP door):\n${missed.join('\n')}`);
    console.log(`score ${kind} HTTP door: ${good}/${manifest.length} as expected (${goodUnambiguous}/${unambiguous} of the unambiguous ones); ${breaches} breaches of the universal rules`);
  } finally {
    await app.close();
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (admin) {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
}

await score('pglite');
if (!args.includes('--pglite-only')) await score('postgres');
