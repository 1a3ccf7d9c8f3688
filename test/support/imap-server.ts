// A real IMAP server on loopback (hoodiecrow-imap: IMAP4rev1 in JavaScript, its state in memory)
// holding a mailbox that the tests fill; the IMAP door reads it over the protocol.
import { createRequire } from 'node:module';
import type { AddressInfo, Server } from 'node:net';

const require = createRequire(import.meta.url);

export interface ImapMessage {
  raw: string;
  flags?: string[];
}

interface Hoodiecrow {
  server: Server;
  listen(port: number, host: string, callback: () => void): void;
  close(callback: () => void): void;
  getMailbox(path: string): { messages: ImapMessage[] } | undefined;
}

export interface ImapTestServer {
  port: number;
  user: string;
  password: string;
  /** The messages of a folder as the server holds them now (with their flags). */
  messages(folder?: string): ImapMessage[];
  close(): Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1 with INBOX holding `inbox`. */
export async function startImapServer(inbox: ImapMessage[], options: { user?: string; password?: string } = {}): Promise<ImapTestServer> {
  const user = options.user ?? 'agence@imap.test';
  const password = options.password ?? 'mot-de-passe-imap';
  const hoodiecrow = require('hoodiecrow-imap') as (options: unknown) => Hoodiecrow;
  const server = hoodiecrow({
    plugins: ['ID', 'UNSELECT', 'ENABLE', 'IDLE'],
    users: { [user]: { password } },
    storage: { INBOX: { messages: inbox.map((m) => ({ raw: m.raw, flags: m.flags ?? [] })) }, '': { separator: '/', folders: { Archives: {} } } },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port, user, password,
    messages: (folder = 'INBOX') => server.getMailbox(folder)?.messages ?? [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
