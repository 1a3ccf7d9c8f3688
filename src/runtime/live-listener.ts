// The web process's listening connection on PostgreSQL: one client of its own (not from the
// pool, which would hand it back), `LISTEN gardien_tickets`, every notification passed to the
// live-update bus. When the connection drops (server restart, network), it connects again,
// waiting a little longer each time; changes notified while it was away are not replayed (the
// cockpit refreshes what it shows when its stream reconnects).
import pg from 'pg';
import { LIVE_CHANNEL, type LiveUpdates } from './live-updates.ts';

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;

export interface LiveListener {
  /** Resolves once the first connection listens (or has failed and is being retried). */
  ready: Promise<void>;
  /** True while a connection is listening. */
  listening(): boolean;
  stop(): Promise<void>;
}

/** Listens on `databaseUrl` for the changes made by other processes, until stopped. */
export function listenForLiveUpdates(databaseUrl: string, live: LiveUpdates, log: (line: string) => void = console.error): LiveListener {
  let client: pg.Client | undefined;
  let connected = false;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  };

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: databaseUrl, application_name: 'gardien-live' });
    client = c;
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      connected = false;
      if (stopped) return;
      log(`Live updates: listening connection lost (${reason}); connecting again.`);
      c.end().catch(() => undefined);
      retry();
    };
    c.on('error', (error) => onLost(error.message));
    c.on('end', () => onLost('closed by the server'));
    c.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) live.receive(message.payload);
    });
    try {
      await c.connect();
      await c.query(`listen ${LIVE_CHANNEL}`);
      if (stopped) {
        await c.end();
        return;
      }
      connected = true;
      retryMs = FIRST_RETRY_MS;
    } catch (error) {
      onLost((error as Error).message);
    }
  };

  const ready = connect();
  return {
    ready,
    listening: () => connected,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await ready;
      connected = false;
      await client?.end().catch(() => undefined);
    },
  };
}
