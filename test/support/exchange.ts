// Helpers for journeys through the parties' pages: emails read from the SMTP sink, the personal
// link they carry, and calls of the exchange API with it.
import { expect } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { TestApp } from './test-app.ts';
import type { SmtpSink } from './smtp-sink.ts';

/** Emails received so far by an address, optionally only those whose subject contains `subject`. */
export function mailsTo(smtp: SmtpSink, address: string, subject?: string): ParsedMail[] {
  return smtp.messages.filter((m) => {
    const to = Array.isArray(m.to) ? m.to.map((a) => a.text).join(',') : (m.to?.text ?? '');
    return to.includes(address) && (!subject || (m.subject ?? '').includes(subject));
  });
}

/** The personal link's secret in an email. */
export function linkIn(mail: ParsedMail | undefined): string {
  const secret = /\/x\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
  expect(secret, `no link in ${mail?.subject}`).toBeTruthy();
  return secret!;
}

/** Reads the party's page. */
export async function view(t: TestApp, secret: string) {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/exchange/${secret}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Answers as the party (JSON); expects success and returns the new view. */
export async function answer(t: TestApp, secret: string, body: Record<string, unknown>) {
  const response = await t.app.inject({ method: 'POST', url: `/api/v1/exchange/${secret}`, payload: body });
  expect(response.statusCode, `${String(body.action)}: ${response.body}`).toBe(200);
  return response.json();
}

/** Answers with files (multipart: a `payload` field and file parts). */
export async function answerWithFiles(t: TestApp, secret: string, body: Record<string, unknown>, files: { field: string; name: string; type: string; bytes: Buffer }[]) {
  const form = new FormData();
  form.append('payload', JSON.stringify(body));
  for (const f of files) form.append(f.field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const payload = Buffer.from(await request.arrayBuffer());
  const response = await t.app.inject({ method: 'POST', url: `/api/v1/exchange/${secret}`, headers: { 'content-type': request.headers.get('content-type')! }, payload });
  expect(response.statusCode, `${String(body.action)}: ${response.body}`).toBe(200);
  return response.json();
}

/** Moves the test clock through the API and runs what fell due. */
export async function advance(t: TestApp, duration: string) {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/test-clock', payload: { advance: duration } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** A tiny valid PNG (1×1). */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** A tiny PDF. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 10 10]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
