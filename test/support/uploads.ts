// Helpers for the upload edges: multipart bodies written byte by byte (so they can be cut short),
// what is stored (files under DATA_DIR/files, attachment rows), and a ticket with a party's link.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';
import { demoRefs } from './tickets.ts';

export const BOUNDARY = 'gardien-test-boundary-7MA4YWxkTrZu0gW';
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export interface FormPart {
  field: string;
  filename?: string;
  type?: string;
  content: Buffer | string;
}

/** A whole multipart/form-data body. */
export function multipartBody(parts: FormPart[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.field}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    const headers = `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(headers), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/** Every file the store holds for this app (temporary ones included). */
export function filesOnDisk(t: TestApp): string[] {
  const root = join(t.ctx.config.dataDir, 'files');
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[]).filter((p) => statSync(join(root, p)).isFile());
}

/** How many attachment rows exist. */
export async function attachmentRows(t: TestApp): Promise<number> {
  const result = await t.ctx.db.execute(sql`select count(*)::int as n from attachments`);
  return Number(((Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as { n: number }[])[0]!.n);
}

/** A new ticket of the manager's with one contractor, and the secret of that contractor's link. */
export async function ticketWithLink(t: TestApp, manager: string): Promise<{ number: number; secret: string }> {
  const refs = await demoRefs(t, manager);
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Bords', contractors: [{ contractorId: refs.contractor('F-001').id }],
  });
  expect(created.statusCode, created.body).toBe(201);
  const ticket = created.json();
  const link = await t.call(manager, 'POST', `/api/v1/tickets/${ticket.number}/links`, { dispatchId: ticket.dispatches[0].id });
  expect(link.statusCode, link.body).toBe(201);
  return { number: ticket.number, secret: /\/x\/(.+)$/.exec(link.json().url)![1]! };
}
