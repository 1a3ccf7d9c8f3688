// Staff bring residents to the portal: a whole property invited (with reasons for those skipped),
// reminders sent by the automation pass at most twice and never twice at once, printable letters
// whose code registers an occupant by name, unit codes, and the list of residents with their state.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { pdfText } from '../support/pdf-text.ts';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { makeProperty, makeTenant, portal, portalCookieOf, portalSecretSentTo, PUBLIC_URL, RESIDENT_PASSWORD } from '../support/portal.ts';
import { runAutomation } from '../../src/automation/run-automation.ts';

let smtp: SmtpSink;
let t: TestApp;
let admin: string;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>', PUBLIC_URL });
  admin = await t.login('admin@demo.gardien.test');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});


async function outboxTemplates(): Promise<string[]> {
  return ((await t.call(admin, 'GET', '/api/v1/outbox?channel=email&limit=200')).json().items as { template: string }[]).map((m) => m.template);
}

describe('inviting a property', () => {
  it('when staff invite a property, then those with an email are invited, the others are listed with the reason; remind re-sends to the invited only', async () => {
    const place = await makeProperty(t, admin);
    const a = await makeTenant(t, admin, place, 'Marc Aubert', 'marc.aubert@example.fr');
    const b = await makeTenant(t, admin, place, 'Nadia Brun', null);
    const invited = await t.call(admin, 'POST', `/api/v1/properties/${place.propertyId}/invitations`, {});
    expect(invited.statusCode, invited.body).toBe(200);
    expect(invited.json()).toEqual({ invited: 1, skipped: [{ personId: b.id, reason: 'no_email' }] });

    const again = await t.call(admin, 'POST', `/api/v1/properties/${place.propertyId}/invitations`, {});
    expect(again.json().invited).toBe(0);
    expect(again.json().skipped).toContainEqual({ personId: a.id, reason: 'already_invited' });

    const before = (await outboxTemplates()).filter((k) => k === 'portal_invitation_reminder').length;
    const reminded = await t.call(admin, 'POST', `/api/v1/properties/${place.propertyId}/invitations`, { remind: true });
    expect(reminded.json()).toEqual({ invited: 1, skipped: [{ personId: b.id, reason: 'not_invited' }] });
    expect((await outboxTemplates()).filter((k) => k === 'portal_invitation_reminder').length).toBe(before + 1);
    // The reminder's link is the one that works now.
    const token = await portalSecretSentTo(t, smtp, 'marc.aubert@example.fr', 'register');
    expect((await portal(t, 'GET', `/api/v1/portal/auth/invitation?token=${token}`)).statusCode).toBe(200);

    const list = await t.call(admin, 'GET', `/api/v1/portal-residents?propertyId=${place.propertyId}`);
    expect(list.statusCode, list.body).toBe(200);
    const rows = list.json().items as { personId: string; state: string; remindersSent: number; invitedAt: string | null; places: unknown[] }[];
    expect(rows.map((r) => [r.personId, r.state])).toEqual([[a.id, 'invited'], [b.id, 'none']]);
    expect(rows[0]!.remindersSent).toBe(1);
    expect(rows[0]!.places).toEqual([{ propertyName: expect.any(String), unitReference: place.unitReference, relation: 'tenant' }]);
    const invitedOnly = await t.call(admin, 'GET', `/api/v1/portal-residents?propertyId=${place.propertyId}&state=invited`);
    expect(invitedOnly.json().items.map((r: { personId: string }) => r.personId)).toEqual([a.id]);

    const csv = await t.call(admin, 'GET', `/api/v1/portal-residents/export?propertyId=${place.propertyId}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Nom;E-mails;Téléphones;Lieux;État');
    expect(csv.body).toContain('Marc Aubert;marc.aubert@example.fr');
    expect(csv.body).toContain('Invité');
    expect(csv.body).toContain('Non invité');
  });

  it('when an invitation is not taken up, then the automation pass reminds after 5 days, at most twice, never twice for the same due date', async () => {
    const place = await makeProperty(t, admin);
    const person = await makeTenant(t, admin, place, 'Olivier Petit', 'olivier.petit@example.fr');
    await t.call(admin, 'POST', `/api/v1/persons/${person.id}/invitation`, {});
    const start = t.clock.current;
    // Other tests' invitations may fall due too: count this person's reminders.
    const reminders = async () => {
      const rows = await t.ctx.db.execute(sql`select id from outbox_messages where template = 'portal_invitation_reminder' and meta->>'personId' = ${person.id}`);
      return ((rows as { rows?: unknown[] }).rows ?? (rows as unknown as unknown[])).length;
    };
    try {
      await runAutomation(t.ctx);
      expect(await reminders()).toBe(0);
      t.clock.current = new Date(start.getTime() + 5 * 24 * 3_600_000 + 60_000);
      await runAutomation(t.ctx);
      await runAutomation(t.ctx);
      expect(await reminders()).toBe(1);
      t.clock.current = new Date(start.getTime() + 10 * 24 * 3_600_000 + 120_000);
      await runAutomation(t.ctx);
      expect(await reminders()).toBe(2);
      t.clock.current = new Date(start.getTime() + 13 * 24 * 3_600_000);
      await runAutomation(t.ctx);
      expect(await reminders()).toBe(2);
    } finally {
      t.clock.current = start;
    }
  });
});

describe('letters and codes', () => {
  it('when staff print the letters of a property, then each occupied unit has a letter in French with a code that registers its occupant by name', async () => {
    const place = await makeProperty(t, admin, 'Résidence Les Acacias');
    const person = await makeTenant(t, admin, place, 'Paul-Émile Durand', null);
    const response = await t.call(admin, 'GET', `/api/v1/properties/${place.propertyId}/invitation-letters.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.rawPayload);
    for (const expected of ['Agence Démo Gardien', 'Paul-Émile Durand', 'Résidence Les Acacias', `Lot ${place.unitReference}`, 'Votre espace résident en ligne', 'gardien.agence-demo.test/portal', 'Votre code d\'inscription']) {
      expect(text).toContain(expected);
    }
    const code = /\b([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})\b/.exec(text)?.[1];
    expect(code, text).toBeTruthy();

    // Typed as people do: lower case, spaces instead of dashes, the surname alone without its accent.
    const typed = code!.toLowerCase().replaceAll('-', ' ');
    const registered = await portal(t, 'POST', '/api/v1/portal/auth/register-code', { ip: '10.20.0.1', payload: { code: typed, name: 'durand', email: 'pe.durand@example.fr', password: RESIDENT_PASSWORD } });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json().resident).toMatchObject({ personId: person.id, email: 'pe.durand@example.fr' });
    const me = await portal(t, 'GET', '/api/v1/portal/me', { cookie: portalCookieOf(registered) });
    expect(me.json().places[0].unitId).toBe(place.unitId);
    const stored = (await t.call(admin, 'GET', `/api/v1/persons/${person.id}`)).json();
    expect(stored.emails).toEqual(['pe.durand@example.fr']);
    expect(stored.portalStatus).toBe('active');

    // Printing again voids the previous letters.
    await t.call(admin, 'GET', `/api/v1/properties/${place.propertyId}/invitation-letters.pdf`);
    const old = await portal(t, 'POST', '/api/v1/portal/auth/register-code', { ip: '10.20.0.1', payload: { code, name: 'Paul-Émile Durand', email: 'autre@example.fr', password: RESIDENT_PASSWORD } });
    expect(old.statusCode).toBe(404);
    expect(old.json().error.code).toBe('code_invalid');
  });

  it('when a unit code is regenerated, then only the new one works, and a name that is not an occupant is refused like a wrong code', async () => {
    const place = await makeProperty(t, admin);
    const person = await makeTenant(t, admin, place, 'Rose Marchand', 'rose.marchand@example.fr');
    const first = (await t.call(admin, 'POST', `/api/v1/units/${place.unitId}/portal-code`)).json().code as string;
    const second = await t.call(admin, 'POST', `/api/v1/units/${place.unitId}/portal-code`);
    expect(second.statusCode).toBe(201);
    const ip = '10.21.0.1';
    const payload = (code: string, name: string) => ({ code, name, email: 'rose.marchand@example.fr', password: RESIDENT_PASSWORD });
    expect((await portal(t, 'POST', '/api/v1/portal/auth/register-code', { ip, payload: payload(first, 'Rose Marchand') })).statusCode).toBe(404);
    expect((await portal(t, 'POST', '/api/v1/portal/auth/register-code', { ip, payload: payload(second.json().code, 'Quelqu\'un Dautre') })).statusCode).toBe(404);
    const ok = await portal(t, 'POST', '/api/v1/portal/auth/register-code', { ip, payload: payload(second.json().code, 'MARCHAND rose') });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().resident.personId).toBe(person.id);
    const twice = await portal(t, 'POST', '/api/v1/portal/auth/register-code', { ip, payload: payload(second.json().code, 'Rose Marchand') });
    expect(twice.statusCode).toBe(409);
  });

  it('when codes are guessed, then after 10 wrong ones in 15 minutes the address gets 429', async () => {
    const ip = '10.22.0.1';
    for (let i = 0; i < 10; i++) {
      const r = await portal(t, 'POST', '/api/v1/portal/auth/register-code', { ip, payload: { code: `AAAA-BBBB-CC${i}${i}`, name: 'Qui Que Ce Soit', email: 'devine@example.fr', password: RESIDENT_PASSWORD } });
      expect(r.statusCode).toBe(404);
      expect(r.json().error.code).toBe('code_invalid');
    }
    const limited = await portal(t, 'POST', '/api/v1/portal/auth/register-code', { ip, payload: { code: 'ZZZZ-ZZZZ-ZZZZ', name: 'Qui Que Ce Soit', email: 'devine@example.fr', password: RESIDENT_PASSWORD } });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('too_many_attempts');
  });
});

describe('invitations on import', () => {
  it('when inviteOnImport is on, then the persons an import brings with an email and a home today are invited, in the import itself', async () => {
    await t.ctx.db.execute(sql`update organizations set settings = settings || '{"inviteOnImport": true}'::jsonb where name = 'Agence Démo Gardien'`);
    const property = await t.call(admin, 'POST', '/api/v1/properties', { externalRef: 'PORTAIL-IMP', name: 'Résidence Importée', kind: 'building', module: 'gerance', addressLine: '3 rue du Port', postalCode: '44000', city: 'Nantes' });
    expect(property.statusCode, property.body).toBe(201);
    await t.call(admin, 'POST', '/api/v1/units', { propertyId: property.json().id, reference: 'B2' });
    const post = (kind: string, csv: string) => t.app.inject({
      method: 'POST', url: `/api/v1/imports/${kind}?dryRun=false&lang=en`, headers: { cookie: admin, 'content-type': 'text/csv; charset=utf-8' }, payload: csv,
    });
    const persons = await post('persons', 'external_ref,name,emails\nIMP-1,Sylvie Roche,sylvie.roche@example.fr\nIMP-2,Théo Sans Lieu,theo.sanslieu@example.fr\n');
    expect(persons.statusCode, persons.body).toBe(200);
    const relations = await post('relations', 'person_ref,kind,property_ref,unit_reference\nIMP-1,tenant,PORTAIL-IMP,B2\n');
    expect(relations.statusCode, relations.body).toBe(200);
    const rows = (await t.call(admin, 'GET', `/api/v1/portal-residents?propertyId=${property.json().id}`)).json().items as { name: string; state: string }[];
    expect(rows.map((r) => [r.name, r.state])).toEqual([['Sylvie Roche', 'invited']]);
    const token = await portalSecretSentTo(t, smtp, 'sylvie.roche@example.fr', 'register');
    expect((await portal(t, 'GET', `/api/v1/portal/auth/invitation?token=${token}`)).json().personName).toBe('Sylvie Roche');
    const theo = await t.ctx.db.execute(sql`select portal_status from persons where external_ref = 'IMP-2'`);
    expect(JSON.stringify(theo)).toContain('none');
  });
});
