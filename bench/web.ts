// Web app benchmark: the weight of the first screen and how fast it shows.
// 1. Builds web/dist and lists what index.html loads before any code runs.
// 2. Starts Gardien on a fresh embedded database (the demo agency), signs in as its manager and
//    creates 50 tickets through the API.
// 3. Loads `/` cold (a new browser context each run: empty cache) in Debian's Chromium, counts
//    every script and stylesheet the page fetched until the 50 rows of the list are on screen,
//    gzipped (the size over the wire with compression), and the time from navigation start to
//    the 50th row. Targets: under 250 KB gzipped, under 1 s.
// 4. Opens one of those tickets cold (new context each run) and times it until the page is
//    interactive: its next step button enabled and its history shown. Target: under 1 s.
// Run: ./node_modules/.bin/node bench/web.ts [runs=5] [--waterfall]   (CHROMIUM_PATH overrides
// /usr/bin/chromium; --waterfall prints when each file and API call started and ended)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { buildWeb } from '../scripts/build-web.ts';
import { startTestServer } from '../test/support/server.ts';

const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const verbose = process.argv.includes('--waterfall');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const distDir = fileURLToPath(new URL('../web/dist/', import.meta.url));
const TARGET_KB = 250;
const TARGET_MS = 1000;
const TICKETS = 50;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (body: Buffer) => gzipSync(body).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The files index.html names (entry, module preloads, stylesheets) and the static imports they chain. */
async function entryGraph(): Promise<string[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(join(distDir, file), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
  }
  return [...seen];
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@demo.gardien.test', password: 'gardien-demo' }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gardien_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0]!;
}

async function createTickets(baseUrl: string, cookie: string): Promise<number[]> {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  const properties = (await call<{ items: { id: string }[] }>('GET', '/api/v1/properties?limit=200')).items;
  const contractors = (await call<{ items: { id: string }[] }>('GET', '/api/v1/contractors?limit=200')).items;
  const numbers: number[] = [];
  for (let i = 0; i < TICKETS; i++) {
    const created = await call<{ number: number }>('POST', '/api/v1/tickets', {
      type: i % 4 === 0 ? 'DS' : 'ODS',
      propertyId: properties[i % properties.length]!.id,
      subject: `Intervention de test n° ${i + 1}`,
      description: 'Ticket créé par bench/web.ts pour mesurer la liste.',
      contractors: [{ contractorId: contractors[i % contractors.length]!.id }],
    });
    numbers.push(created.number);
  }
  return numbers;
}

/** Cold loads of one ticket's page until its next step can be clicked and its history shows. */
async function ticketPageTimes(browser: Browser, baseUrl: string, cookie: string, ticketNumber: number): Promise<number[]> {
  const [name, value] = cookie.split('=') as [string, string];
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`/tickets/${ticketNumber}`, { waitUntil: 'commit' });
    const readyAt = await page.waitForFunction(
      () => {
        const step = document.querySelector<HTMLButtonElement | HTMLAnchorElement>('[data-primary-step]');
        const history = document.querySelector('li.gardien-history-item');
        return step && !(step as HTMLButtonElement).disabled && history ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    if (run > 0) times.push((await readyAt.jsonValue()) as number); // run 0 warms the server
    await context.close();
  }
  return times;
}

async function main() {
  const built = performance.now();
  await buildWeb();
  console.log(`build: ${((performance.now() - built) / 1000).toFixed(1)} s`);

  const entry = await entryGraph();
  let entryGz = 0;
  for (const file of entry) entryGz += gz(await readFile(join(distDir, file)));
  console.log(`index.html and its static imports: ${entry.length} files, ${kb(entryGz)} gzipped (before any route chunk)`);

  const server = await startTestServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'] });
  try {
    const cookie = await signIn(server.baseUrl);
    const numbers = await createTickets(server.baseUrl, cookie);
    const [name, value] = cookie.split('=') as [string, string];
    const times: number[] = [];
    let files: { url: string; type: string; raw: number; gzip: number }[] = [];

    // Run 0 records what the page fetched (reading the bodies slows the page down: not timed);
    // runs 1…N are timed, each in a new context (empty cache) with nothing listening.
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
      await context.addCookies([{ name, value, url: server.baseUrl }]);
      const page = await context.newPage();
      const fetched: Promise<{ url: string; type: string; raw: number; gzip: number }>[] = [];
      if (run === 0) {
        page.on('response', (response) => {
          const type = response.request().resourceType();
          if (type !== 'script' && type !== 'stylesheet') return;
          fetched.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, type, raw: body.length, gzip: gz(body) })));
        });
      }
      await page.goto('/', { waitUntil: 'commit' });
      const shownAt = await page.waitForFunction(
        (count) => (document.querySelectorAll('tr[data-ticket]').length >= count ? performance.now() : false),
        TICKETS,
        { polling: 'raf', timeout: 30_000 },
      );
      if (run === 0) files = await Promise.all(fetched);
      else times.push((await shownAt.jsonValue()) as number);
      if (run === 1 && verbose) {
        const entries = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname + new URL(e.name).search.slice(0, 40), start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
        );
        console.log('\nwaterfall of the first timed run (ms since navigation start):');
        for (const e of entries) console.log(`  ${e.start.toFixed(0).padStart(5)} → ${e.end.toFixed(0).padStart(5)}  ${e.name}`);
      }
      await context.close();
    }

    const js = files.filter((f) => f.type === 'script');
    const css = files.filter((f) => f.type === 'stylesheet');
    const sum = (list: typeof files, key: 'raw' | 'gzip') => list.reduce((total, f) => total + f[key], 0);
    const totalGz = sum(files, 'gzip');
    console.log(`\nfirst screen (the list of ${TICKETS} tickets), fetched until it showed:`);
    for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(9)}  ${kb(f.raw).padStart(9)} raw  ${f.url}`);
    console.log(`  JavaScript: ${js.length} files, ${kb(sum(js, 'gzip'))} gzipped (${kb(sum(js, 'raw'))} raw)`);
    console.log(`  CSS:        ${css.length} files, ${kb(sum(css, 'gzip'))} gzipped (${kb(sum(css, 'raw'))} raw)`);
    console.log(`  total:      ${kb(totalGz)} gzipped — target < ${TARGET_KB} KB: ${totalGz < TARGET_KB * 1024 ? 'met' : 'MISSED'}`);
    console.log(`\ncold load to ${TICKETS} rows visible, ${runs} runs (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
    console.log(`  median ${median(times).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms — target < ${TARGET_MS} ms: ${median(times) < TARGET_MS ? 'met' : 'MISSED'}`);
    const ticketTimes = await ticketPageTimes(browser, server.baseUrl, cookie, numbers[0]!);
    console.log(`\ncold load of a ticket's page until interactive (next step enabled, history shown), ${runs} runs (ms): ${ticketTimes.map((t) => t.toFixed(0)).join(', ')}`);
    console.log(`  median ${median(ticketTimes).toFixed(0)} ms, worst ${Math.max(...ticketTimes).toFixed(0)} ms — target < ${TARGET_MS} ms: ${median(ticketTimes) < TARGET_MS ? 'met' : 'MISSED'}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
