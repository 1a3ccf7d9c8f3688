// The embedded database belongs to the `serve` that holds the data folder's lock, so a backup
// while it runs is made by that process: it listens on DATA_DIR/admin.sock (a Unix socket, mode
// 0600: only the account that runs Gardien may ask), takes one JSON line per connection —
// {"backup": "/absolute/path.zip"} — and answers one JSON line: {"ok": true, "summary": …} or
// {"ok": false, "message": "…"}. The socket is removed when the server stops.
import { chmodSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { isAbsolute, join } from 'node:path';
import { DomainError } from '../domain/errors.ts';
import type { BackupSummary } from '../backup/create-backup.ts';

export const ADMIN_SOCKET = 'admin.sock';
const MAX_REQUEST_BYTES = 64 * 1024;

export interface AdminRequest {
  backup: string;
  logical?: boolean;
}

type Answer = { ok: true; summary: BackupSummary } | { ok: false; message: string };

/** The socket's path for a data folder. */
export function adminSocketPath(dataDir: string): string {
  return join(dataDir, ADMIN_SOCKET);
}

export interface AdminSocket {
  close(): Promise<void>;
}

/** Listens on DATA_DIR/admin.sock; `backup` makes a backup at an absolute path. */
export async function startAdminSocket(dataDir: string, backup: (path: string) => Promise<BackupSummary>): Promise<AdminSocket> {
  const path = adminSocketPath(dataDir);
  // The data lock is ours, so a socket left here is a dead server's.
  rmSync(path, { force: true });
  const server: Server = createServer((socket) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_REQUEST_BYTES) return socket.destroy();
      const end = text.indexOf('\n');
      if (end < 0) return;
      socket.removeAllListeners('data');
      void answer(text.slice(0, end)).then((reply) => socket.end(`${JSON.stringify(reply)}\n`));
    });
  });
  const answer = async (line: string): Promise<Answer> => {
    let request: AdminRequest;
    try {
      request = JSON.parse(line) as AdminRequest;
    } catch {
      return { ok: false, message: 'The request is not JSON.' };
    }
    if (typeof request?.backup !== 'string' || !isAbsolute(request.backup)) return { ok: false, message: 'The backup request needs an absolute path.' };
    try {
      return { ok: true, summary: await backup(request.backup) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}

/** Asks the server of `dataDir` for a backup at `path` (absolute); rejects with its sentence when it fails. */
export function requestBackup(dataDir: string, request: AdminRequest): Promise<BackupSummary> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(adminSocketPath(dataDir));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      reject(new DomainError('backup_server_unreachable', `The running server's admin socket ${adminSocketPath(dataDir)} did not answer (${error.code ?? error.message}).`)),
    );
    socket.on('end', () => {
      try {
        const reply = JSON.parse(text) as Answer;
        if (reply.ok) resolve(reply.summary);
        else reject(new DomainError('backup_failed', reply.message));
      } catch {
        reject(new DomainError('backup_server_unreachable', 'The running server gave no readable answer.'));
      }
    });
  });
}
