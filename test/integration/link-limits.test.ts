// Limits on parties' links are not shared by everyone behind one address (issue 9, point 11):
// a forger at an office address is limited, the genuine contractor next to them gets through.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { ticketWithLink } from '../support/uploads.ts';

let t: TestApp;
let manager: string;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
});
afterAll(() => t?.close());

const read = (secret: string, remoteAddress: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/exchange/${secret}`, remoteAddress, ...(cookie ? { headers: { cookie } } : {}) });

const wrong = (i: number) => `${String(i).padStart(6, 'x')}WrongSecretWrongSecretWrongSecret000`;

describe('limits on personal links behind one address', () => {
  it('when a forger repeats a wrong secret from an office address, then they are limited and the contractor next to them still opens their link', async () => {
    const { secret } = await ticketWithLink(t, manager);
    const office = '203.0.113.10';
    const statuses: number[] = [];
    for (let i = 0; i < 65; i++) statuses.push((await read('forgedSecretForgedSecretForgedSecret0000000', office)).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const genuine = await read(secret, office);
    expect(genuine.statusCode, genuine.body).toBe(200);
  });

  it('when a forger tries many different secrets from an office address, then they are limited, while a contractor whose link worked there, and the page cookie, still get through', async () => {
    const { secret } = await ticketWithLink(t, manager);
    const office = '203.0.113.20';
    expect((await read(secret, office)).statusCode).toBe(200);
    const opened = await t.app.inject({ method: 'GET', url: `/x/${secret}`, remoteAddress: office });
    const cookie = opened.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const statuses: number[] = [];
    for (let i = 0; i < 310; i++) statuses.push((await read(wrong(i), office)).statusCode);
    expect(statuses.slice(0, 290).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
    const refused = await read(wrong(999), office);
    expect(refused.json().error.code).toBe('too_many_attempts');
    expect((await read(secret, office)).statusCode).toBe(200);
    expect((await read('session', office, cookie)).statusCode).toBe(200);
    // Another address is not concerned.
    expect((await read(wrong(1), '198.51.100.7')).statusCode).toBe(404);
  });
});
