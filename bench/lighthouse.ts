// Lighthouse's mobile run on the pages people open on a phone: a contractor's page, an approver's
// page, the staff sign-in page, and the residents' portal (its home and its request form, signed
// in as the demo tenant).
// 1. Builds web/dist and starts Gardien on a fresh embedded database (the demo agency).
// 2. Through the API, as the demo manager: a work order with a contractor (its personal link), and
//    a quote entered by hand and put to an approver (their link). Each link is opened once to get
//    the page's cookie, which Lighthouse then sends (no redirect in the measured load).
// 3. Runs Lighthouse's default (mobile) configuration — a mid-range phone, simulated 4G
//    (150 ms round trip, 1.6 Mbit/s) and a CPU slowed down 4× — on each page, `runs` times, in
//    Debian's Chromium, and prints the median run: performance and accessibility scores, largest
//    contentful paint, total blocking time and the JavaScript transferred (compressed).
// Targets: performance ≥ 95, largest contentful paint ≤ 2.5 s, accessibility 100.
// Run: ./node_modules/.bin/node bench/lighthouse.ts [runs=3] [--no-build] [--only=portal]
//      [--reports=DIR]   (CHROMIUM_PATH overrides /usr/bin/chromium; --only keeps the pages whose
//      name contains the word; --reports writes each run's full Lighthouse result as JSON)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildWeb } from '../scripts/build-web.ts';
import { startTestServer } from '../test/support/server.ts';

const only = process.argv.slice(2).find((a) => a.startsWith('--only='))?.slice('--only='.length);
const reportsDir = process.argv.slice(2).find((a) => a.startsWith('--reports='))?.slice('--reports='.length);
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const manager = { email: 'manager@demo.gardien.test', password: 'gardien-demo' };
const TARGET = { performance: 95, lcpMs: 2500, accessibility: 100 };

interface Figures {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  jsBytes: number;
  requests: number;
}

/** A small API client signed in as the demo manager. */
async function staffClient(baseUrl: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(manager) });
  if (!login.ok) throw new Error(`sign-in answered ${login.status}`);
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('gardien_session='))!.split(';')[0]!;
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** Opens a personal link as the party's browser would, and keeps the cookie it sets. */
async function partyCookie(baseUrl: string, url: string): Promise<string> {
  const response = await fetch(`${baseUrl}${new URL(url).pathname}`, { redirect: 'manual' });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (response.status !== 303 || !cookie) throw new Error(`the link answered ${response.status} without a cookie`);
  return cookie;
}

interface Ticket {
  number: number;
  dispatches: { id: string }[];
  approvers?: { id: string; name: string }[];
}

/** A work order's contractor and a quote's approver, each with the cookie of their page. */
async function parties(baseUrl: string): Promise<{ contractor: string; approver: string }> {
  const call = await staffClient(baseUrl);
  const properties = (await call<{ items: { id: string }[] }>('GET', '/properties')).items;
  const contractors = (await call<{ items: { id: string }[] }>('GET', '/contractors')).items;
  const persons = (await call<{ items: { id: string; phones?: string[] }[] }>('GET', '/persons')).items;
  const contact = persons.find((p) => (p.phones ?? []).length > 0) ?? persons[0]!;
  const work = await call<Ticket>('POST', '/tickets', {
    type: 'ODS',
    propertyId: properties[0]!.id,
    subject: 'Fuite sous l’évier de la cuisine',
    description: 'Le joint sous l’évier fuit depuis hier ; un seau est posé dessous. Merci de passer rapidement.',
    contractors: [{ contractorId: contractors[0]!.id, instructions: 'Clés chez la gardienne, loge au rez-de-chaussée.' }],
    contactPerson: { personId: contact.id },
  });
  const workLink = await call<{ url: string }>('POST', `/tickets/${work.number}/links`, { dispatchId: work.dispatches[0]!.id });

  const quote = await call<Ticket>('POST', '/tickets', {
    type: 'DS',
    propertyId: properties[0]!.id,
    subject: 'Ravalement de la façade côté cour',
    description: 'Devis demandé pour le ravalement de la façade côté cour.',
    contractors: [{ contractorId: contractors[1]!.id }],
  });
  const dispatchId = quote.dispatches[0]!.id;
  await call('POST', `/tickets/${quote.number}/actions`, { action: 'enter_quote', dispatchId, amountCents: 1_245_050, validUntil: '2027-06-30' });
  await call('POST', `/tickets/${quote.number}/actions`, {
    action: 'request_approval',
    dispatchIds: [dispatchId],
    approver: { name: 'Hélène Durand', emails: ['presidente.cs@example.test'], channels: ['email'] },
    comment: 'Le moins cher des trois devis reçus ; travaux possibles au printemps.',
  });
  const approver = (await call<Ticket>('GET', `/tickets/${quote.number}`)).approvers!.find((a) => a.name === 'Hélène Durand')!;
  const approverLink = await call<{ url: string }>('POST', `/tickets/${quote.number}/links`, { partyId: approver.id });
  return { contractor: await partyCookie(baseUrl, workLink.url), approver: await partyCookie(baseUrl, approverLink.url) };
}

/** The demo tenant's portal cookie (POST /api/v1/portal/auth/login). */
async function residentCookie(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/portal/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'locataire@demo.gardien.test', password: 'gardien-demo' }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gardien_portal='))?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`the portal's sign-in answered ${response.status}`);
  return cookie;
}

/** One Lighthouse run (mobile, simulated throttling) on `url`. */
async function measure(port: number, url: string, cookie?: string): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (reportsDir) writeFileSync(join(reportsDir, `${new URL(url).pathname.replaceAll('/', '_') || 'root'}-${Date.now()}.json`), JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = ((lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    fcpMs: numeric('first-contentful-paint'),
    jsBytes: items.filter((i) => i.resourceType === 'Script').reduce((sum, i) => sum + (i.transferSize ?? 0), 0),
    requests: items.length,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function report(name: string, all: Figures[]): boolean {
  // The median run by performance score: its figures belong together.
  const run = [...all].sort((a, b) => a.performance - b.performance)[Math.floor(all.length / 2)]!;
  const met = run.performance >= TARGET.performance && run.lcpMs <= TARGET.lcpMs && run.accessibility >= TARGET.accessibility;
  console.log(
    `${name.padEnd(16)} performance ${String(run.performance).padStart(3)} (runs ${all.map((f) => f.performance).join(', ')})  ` +
      `accessibility ${String(run.accessibility).padStart(3)}  LCP ${(run.lcpMs / 1000).toFixed(2)} s  FCP ${(run.fcpMs / 1000).toFixed(2)} s  ` +
      `TBT ${run.tbtMs.toFixed(0)} ms  JS ${(run.jsBytes / 1024).toFixed(1)} KB over ${run.requests} requests  ` +
      `(median LCP of the runs ${(median(all.map((f) => f.lcpMs)) / 1000).toFixed(2)} s) — ${met ? 'met' : 'MISSED'}`,
  );
  return met;
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const started = performance.now();
    await buildWeb();
    console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await startTestServer();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const cookies = await parties(server.baseUrl);
    const resident = await residentCookie(server.baseUrl);
    const pages: [string, string, string | undefined][] = [
      ['contractor /x', `${server.baseUrl}/x`, cookies.contractor],
      ['approver /x', `${server.baseUrl}/x`, cookies.approver],
      ['sign-in /', `${server.baseUrl}/`, undefined],
      ['portal /portal', `${server.baseUrl}/portal`, resident],
      ['request /portal/new', `${server.baseUrl}/portal/new`, resident],
    ];
    console.log(`Lighthouse ${runs} run(s) per page, mobile preset (simulated 4G, 4× CPU slowdown); targets: performance ≥ ${TARGET.performance}, LCP ≤ ${TARGET.lcpMs / 1000} s, accessibility ${TARGET.accessibility}`);
    let allMet = true;
    if (reportsDir) mkdirSync(reportsDir, { recursive: true });
    for (const [name, url, cookie] of pages.filter(([name]) => !only || name.includes(only))) {
      const figures: Figures[] = [];
      for (let i = 0; i < runs; i++) figures.push(await measure(chrome.port, url, cookie));
      allMet = report(name, figures) && allMet;
    }
    if (!allMet) process.exitCode = 1;
  } finally {
    chrome.kill();
    await server.close();
  }
}

await main();
