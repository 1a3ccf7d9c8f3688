// Helpers of the portal's tests: residents made through the staff API, the links the portal's
// emails carry (read from what the SMTP sink received), and calls on the portal's cookie.
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.ts';
import type { SmtpSink } from './smtp-sink.ts';
import { deliverQueued } from '../../src/messages/deliver-queued.ts';

export const PUBLIC_URL = 'https://gardien.agence-demo.test';
export const RESIDENT_PASSWORD = 'mon-mot-de-passe-1';

let serial = 0;

/** A property with one unit, made by the master-data admin. */
export async function makeProperty(t: TestApp, admin: string, name = `Résidence ${++serial}`) {
  const property = await t.call(admin, 'POST', '/api/v1/properties', { name, kind: 'building', module: 'gerance', addressLine: `${serial} rue des Lilas`, postalCode: '75011', city: 'Paris' });
  expect(property.statusCode, property.body).toBe(201);
  const unit = await t.call(admin, 'POST', '/api/v1/units', { propertyId: property.json().id, reference: `A${serial}` });
  expect(unit.statusCode, unit.body).toBe(201);
  return { propertyId: property.json().id as string, unitId: unit.json().id as string, unitReference: `A${serial}` };
}

/** A tenant of the unit, with an email unless told otherwise. */
export async function makeTenant(t: TestApp, admin: string, place: { propertyId: string; unitId: string }, name: string, email: string | null, relation: Record<string, unknown> = {}) {
  const person = await t.call(admin, 'POST', '/api/v1/persons', {
    name, emails: email ? [email] : [], relations: [{ kind: 'tenant', unitId: place.unitId, propertyId: place.propertyId, ...relation }],
  });
  expect(person.statusCode, person.body).toBe(201);
  return person.json() as { id: string; relations: { id: string }[] };
}

/** Delivers what is queued and returns the secret of the last portal link (`page`) emailed to `to`. */
export async function portalSecretSentTo(t: TestApp, smtp: SmtpSink, to: string, page: 'register' | 'enter' | 'reset'): Promise<string> {
  const before = smtp.messages.length;
  await deliverQueued(t.ctx);
  const mails = (await smtp.waitFor(before + 1)).slice(before).filter((m) => JSON.stringify(m.to).includes(to));
  const mail = mails.at(-1);
  expect(mail, `no email to ${to}`).toBeTruthy();
  const secret = new RegExp(`${PUBLIC_URL.replaceAll('.', '\\.')}/portal/${page}\\?token=([A-Za-z0-9_-]{43})`).exec(mail!.text ?? '')?.[1];
  expect(secret, mail!.text).toBeTruthy();
  return secret!;
}

/** The portal cookie an answer set, as a Cookie header. */
export function portalCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'gardien_portal');
  expect(cookie, response.body).toBeTruthy();
  return `gardien_portal=${cookie!.value}`;
}

/** Calls the app from an address of the test's own (the per-address limits do not mix between tests). */
export function portal(t: TestApp, method: string, url: string, options: { payload?: unknown; cookie?: string; ip?: string } = {}) {
  return t.app.inject({
    method: method as 'GET', url, remoteAddress: options.ip ?? '10.1.0.1',
    headers: options.cookie ? { cookie: options.cookie } : {},
    ...(options.payload === undefined ? {} : { payload: options.payload as object }),
  });
}
