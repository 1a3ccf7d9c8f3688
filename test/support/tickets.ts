// Helpers for ticket tests: demo records by their references, and short calls of the API.
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

export interface DemoRefs {
  property: (ref: string) => { id: string; name: string };
  unit: (propertyRef: string, reference: string) => { id: string };
  contractor: (ref: string) => { id: string; name: string };
  person: (ref: string) => { id: string; name: string };
  user: (email: string) => { id: string; name: string };
}

/** Loads the demo agency's records so tests can name them by their references. */
export async function demoRefs(t: TestApp, cookie: string): Promise<DemoRefs> {
  const get = async (path: string) => (await t.call(cookie, 'GET', `/api/v1/${path}?limit=200`)).json().items as Record<string, string>[];
  const [properties, units, contractors, persons, users] = await Promise.all([get('properties'), get('units'), get('contractors'), get('persons'), get('users')]);
  const find = <T extends Record<string, string>>(rows: T[], pred: (r: T) => boolean, what: string) => {
    const row = rows.find(pred);
    if (!row) throw new Error(`demo has no ${what}`);
    return row as never;
  };
  return {
    property: (ref) => find(properties, (p) => p.externalRef === ref, ref),
    unit: (propertyRef, reference) => {
      const property = find<Record<string, string>>(properties, (p) => p.externalRef === propertyRef, propertyRef) as { id: string };
      return find(units, (u) => u.propertyId === property.id && u.reference === reference, reference);
    },
    contractor: (ref) => find(contractors, (c) => c.externalRef === ref, ref),
    person: (ref) => find(persons, (p) => p.externalRef === ref, ref),
    user: (email) => find(users, (u) => u.email === email, email),
  };
}

/** Performs an action and expects it to succeed; returns the ticket as the API answers it. */
export async function act(t: TestApp, cookie: string, number: number, body: Record<string, unknown>) {
  const response = await t.call(cookie, 'POST', `/api/v1/tickets/${number}/actions`, body);
  expect(response.statusCode, `${String(body.action)}: ${response.body}`).toBe(200);
  return response.json();
}

/** Performs an action that must be refused with `code`. */
export async function refused(t: TestApp, cookie: string, number: number, body: Record<string, unknown>, status: number, code: string) {
  const response = await t.call(cookie, 'POST', `/api/v1/tickets/${number}/actions`, body);
  expect(response.statusCode, `${String(body.action)}: ${response.body}`).toBe(status);
  expect(response.json().error.code).toBe(code);
  return response.json();
}
