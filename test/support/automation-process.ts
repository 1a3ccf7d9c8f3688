// A worker process for the crash test: runs the automation pass on DATABASE_URL at the time
// given in GARDIEN_NOW, in small batches, and says how far it got. Killed and restarted by the
// test, it must leave every due reminder sent exactly once.
import { loadConfig } from '../../src/config.ts';
import { SettableClock } from '../../src/context.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { buildContext } from '../../src/runtime/build-context.ts';
import { runAutomation } from '../../src/automation/run-automation.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
const ctx = await buildContext({ db: database.db, databaseKind: database.kind, config, clock: new SettableClock(new Date(process.env.GARDIEN_NOW!)) });
const result = await runAutomation(ctx, { batchSize: Number(process.env.BATCH ?? 10) });
console.log(JSON.stringify(result));
await database.close();
