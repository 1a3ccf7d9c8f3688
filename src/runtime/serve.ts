// `gardien serve` (and `npm start`): the web process. On the embedded database's first start it
// loads the demo agency; whenever the demo agency exists it prints its public logins.
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import { buildApp } from '../http/app.ts';
import { listOrganizations } from '../db/repositories/users.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { DEMO_SLUG } from '../demo/demo-agency.ts';
import { openRuntime, type Runtime } from './open-context.ts';
import { startJobQueue } from '../jobs/job-queue.ts';
import { startWorkers } from '../jobs/workers.ts';
import { listenForLiveUpdates } from './live-listener.ts';
import { startSmtpListener, type SmtpListener } from '../inbound/smtp-listener.ts';
import { openMetricsPort } from '../metrics/open-metrics-port.ts';
import { adminSocketPath, startAdminSocket, type AdminSocket } from './admin-socket.ts';
import { createBackup } from '../backup/create-backup.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Prints the demo logins with the warning that they are public. */
export function printDemoLogins(logins: { email: string; password: string; roles: readonly string[] }[], residentLogins: { email: string; password: string; who: string }[] = []) {
  console.log('\nDemo agency logins — PUBLIC, anyone who reads this repository knows them.');
  console.log('Never expose a server holding the demo agency to others.\n');
  for (const login of logins) console.log(`  ${login.email.padEnd(34)} ${login.password}   (${login.roles.join(', ')})`);
  if (residentLogins.length > 0) {
    console.log("\nResidents' portal (/portal):");
    for (const login of residentLogins) console.log(`  ${login.email.padEnd(34)} ${login.password}   (${login.who})`);
  }
  console.log('');
}

export interface Server {
  /** Where it listens, e.g. http://127.0.0.1:3000. */
  url: string;
  /** Stops accepting requests, finishes those in flight, closes the database. */
  stop(): Promise<void>;
}

/** The SMTP door; a port that cannot be bound is said, and the web server runs without it. */
async function startInboundSmtp(ctx: AppContext): Promise<SmtpListener | undefined> {
  const { smtpHost, smtpPort } = ctx.config.inbound;
  try {
    const smtp = await startSmtpListener(ctx);
    console.log(`Inbound mail (SMTP) on ${smtpHost}:${smtp.port}.`);
    return smtp;
  } catch (error) {
    console.error(`Inbound mail (SMTP) could not listen on ${smtpHost}:${smtpPort} (${error instanceof Error ? error.message : String(error)}); the web server runs without it (SMTP_INBOUND_PORT=0 turns it off).`);
    return undefined;
  }
}

/** The embedded database is this process's alone: `gardien backup` asks it over
 * DATA_DIR/admin.sock. A socket that cannot be made (a data folder's path longer than a Unix
 * socket's 107 bytes) is said, and the server runs without it. */
async function startBackupSocket(runtime: Runtime, config: Config): Promise<AdminSocket | undefined> {
  try {
    return await startAdminSocket(config.dataDir, (path) => createBackup({ database: runtime.database, files: runtime.ctx.files, config, now: runtime.ctx.clock.now() }, path));
  } catch (error) {
    console.error(`The admin socket ${adminSocketPath(config.dataDir)} could not listen (${error instanceof Error ? error.message : String(error)}); \`gardien backup\` needs the server stopped.`);
    return undefined;
  }
}

/** Starts the HTTP server (and the inbound SMTP listener when SMTP_INBOUND_PORT is not 0). */
export async function serve(config: Config): Promise<Server> {
  const runtime = await openRuntime(config);
  const { ctx } = runtime;
  const organizations = await listOrganizations(ctx.db);
  if (organizations.length === 0 && runtime.database.kind === 'pglite') {
    const demo = await loadDemo(ctx.db, { tickets: config.demoTickets ? ctx : undefined });
    printDemoLogins(demo.logins, demo.residentLogins);
  } else if (organizations.some((o) => o.slug === DEMO_SLUG)) {
    const demo = await loadDemo(ctx.db);
    printDemoLogins(demo.logins, demo.residentLogins);
  } else if (organizations.length === 0) {
    console.log('No agency yet. Load the demo with `npx gardien demo`, or create one with `npx gardien user --new-org "Name" …`.');
  }
  // Delivery jobs are written with each change, so the web process needs the queue; it also runs
  // the workers unless WORKERS=0 (then `gardien worker` runs them, as many as wanted).
  ctx.jobs = await startJobQueue(runtime.database, config);
  if (config.workersInProcess && !config.testClock) await startWorkers(ctx, ctx.jobs, (line) => console.log(line), {}, runtime.database);
  // Several web processes on one PostgreSQL: each hears the others' changes for its browsers.
  const listener = config.databaseUrl ? listenForLiveUpdates(config.databaseUrl, ctx.live) : undefined;
  await listener?.ready;
  const app = await buildApp(ctx, { webDist: WEB_DIST });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const where = runtime.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  console.log(`Gardien is running on http://localhost:${port} (database: ${where}).`);
  const smtp = config.inbound.smtpPort > 0 ? await startInboundSmtp(ctx) : undefined;
  const metricsPort = await openMetricsPort(ctx, (line) => console.log(line));
  const admin = runtime.database.pglite ? await startBackupSocket(runtime, config) : undefined;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await smtp?.close();
      await metricsPort?.close();
      await admin?.close();
      await app.close();
      await listener?.stop();
      await runtime.close();
    })());
  return { url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`, stop };
}
