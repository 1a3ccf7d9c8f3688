// The residents' portal's doors: an invitation opens an account once; passwords, one-time links
// and resets work once and are throttled; a deactivated resident or one whose tenancy ended is
// kept out; another agency's staff reach nothing; a staff preview reads but never writes.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { makeProperty, makeTenant, portal, portalCookieOf, portalSecretSentTo, PUBLIC_URL, RESIDENT_PASSWORD } from '../support/portal.ts';

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

/** A tenant invited and registered; returns their id, email and portal cookie. */
async function registeredTenant(name: string, email: string) {
  const place = await makeProperty(t, admin);
  const person = await makeTenant(t, admin, place, name, email);
  expect((await t.call(admin, 'POST', `/api/v1/persons/${person.id}/invitation`, {})).statusCode).toBe(201);
  const token = await portalSecretSentTo(t, smtp, email, 'register');
  const registered = await portal(t, 'POST', '/api/v1/portal/auth/register', { payload: { token, password: RESIDENT_PASSWORD } });
  expect(registered.statusCode, registered.body).toBe(201);
  return { personId: person.id, relationId: person.relations[0]!.id, email, cookie: portalCookieOf(registered), place };
}

describe('invitation and registration', () => {
  it('when staff invite a tenant, then the email carries a link that registers them once, and they see their home', async () => {
    const place = await makeProperty(t, admin, 'Résidence des Tilleuls');
    const person = await makeTenant(t, admin, place, 'Élodie Garnier', 'elodie.garnier@example.fr');
    const invited = await t.call(admin, 'POST', `/api/v1/persons/${person.id}/invitation`, {});
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json().state).toBe('invited');
    expect(new Date(invited.json().expiresAt).getTime() - t.clock.now().getTime()).toBe(14 * 24 * 3_600_000);

    const outbox = (await t.call(admin, 'GET', '/api/v1/outbox?channel=email')).json().items as { template: string }[];
    expect(outbox.some((m) => m.template === 'portal_invitation')).toBe(true);
    const token = await portalSecretSentTo(t, smtp, 'elodie.garnier@example.fr', 'register');
    const stored = await t.ctx.db.execute(sql`select text from outbox_messages where template = 'portal_invitation'`);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(stored)).toContain('/portal/register?token=••••••••');

    const shown = await portal(t, 'GET', `/api/v1/portal/auth/invitation?token=${token}`);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toEqual({ organizationName: 'Agence Démo Gardien', personName: 'Élodie Garnier', email: 'elodie.garnier@example.fr', language: 'fr' });

    const short = await portal(t, 'POST', '/api/v1/portal/auth/register', { payload: { token, password: 'court' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].field).toBe('password');

    const registered = await portal(t, 'POST', '/api/v1/portal/auth/register', { payload: { token, password: RESIDENT_PASSWORD } });
    expect(registered.statusCode, registered.body).toBe(201);
    const cookie = registered.cookies.find((c) => c.name === 'gardien_portal')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');

    const me = await portal(t, 'GET', '/api/v1/portal/me', { cookie: portalCookieOf(registered) });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toMatchObject({
      personId: person.id, name: 'Élodie Garnier', email: 'elodie.garnier@example.fr', language: 'fr', preview: false, canRequest: true, requestsLeftToday: 5,
      organization: { name: 'Agence Démo Gardien' }, preferences: { sms: false, ownRequests: true, watched: true },
      places: [{ propertyId: place.propertyId, propertyName: 'Résidence des Tilleuls', unitId: place.unitId, unitReference: place.unitReference, relation: 'tenant' }],
    });
    expect((await t.call(admin, 'GET', `/api/v1/persons/${person.id}`)).json().portalStatus).toBe('active');

    // Used: the page says "sign in instead", and the link registers nobody again.
    const again = await portal(t, 'POST', '/api/v1/portal/auth/register', { payload: { token, password: 'un-autre-mot-de-passe' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    expect((await portal(t, 'GET', `/api/v1/portal/auth/invitation?token=${token}`)).statusCode).toBe(409);

    const login = await portal(t, 'POST', '/api/v1/portal/auth/login', { payload: { email: 'Elodie.Garnier@example.fr', password: RESIDENT_PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json().resident.personId).toBe(person.id);
  });

  it('when an invitation is re-sent, then only the newest link works; and a link older than 14 days has expired', async () => {
    const place = await makeProperty(t, admin);
    const person = await makeTenant(t, admin, place, 'Bruno Lemaire', 'bruno.lemaire@example.fr');
    await t.call(admin, 'POST', `/api/v1/persons/${person.id}/invitation`, {});
    const first = await portalSecretSentTo(t, smtp, 'bruno.lemaire@example.fr', 'register');
    await t.call(admin, 'POST', `/api/v1/persons/${person.id}/invitation`, {});
    const second = await portalSecretSentTo(t, smtp, 'bruno.lemaire@example.fr', 'register');
    const revoked = await portal(t, 'GET', `/api/v1/portal/auth/invitation?token=${first}`);
    expect(revoked.statusCode).toBe(410);
    expect(revoked.json().error.code).toBe('link_revoked');

    const start = t.clock.current;
    t.clock.current = new Date(start.getTime() + 15 * 24 * 3_600_000);
    try {
      const expired = await portal(t, 'POST', '/api/v1/portal/auth/register', { payload: { token: second, password: RESIDENT_PASSWORD } });
      expect(expired.statusCode).toBe(410);
      expect(expired.json().error.code).toBe('link_expired');
    } finally {
      t.clock.current = start;
    }
  });

  it('when staff invite someone without an email or without a place today, then they are told why', async () => {
    const place = await makeProperty(t, admin);
    const noEmail = await makeTenant(t, admin, place, 'Sans Courriel', null);
    const a = await t.call(admin, 'POST', `/api/v1/persons/${noEmail.id}/invitation`, {});
    expect(a.statusCode).toBe(422);
    expect(a.json().error.code).toBe('no_email');
    const gone = await makeTenant(t, admin, place, 'Ancien Locataire', 'ancien@example.fr', { startsOn: '2020-01-01', endsOn: '2021-01-01' });
    const b = await t.call(admin, 'POST', `/api/v1/persons/${gone.id}/invitation`, {});
    expect(b.statusCode).toBe(422);
    expect(b.json().error.code).toBe('no_current_relation');
  });

  it('when tokens are guessed, then each is link_invalid and past the limit the address gets 429', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < 20; i++) {
      const r = await portal(t, 'POST', '/api/v1/portal/auth/register', { ip, payload: { token: `guess-${i}-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`, password: RESIDENT_PASSWORD } });
      expect(r.statusCode).toBe(404);
      expect(r.json().error.code).toBe('link_invalid');
    }
    const limited = await portal(t, 'POST', '/api/v1/portal/auth/enter', { ip, payload: { token: 'another-guess-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' } });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('too_many_attempts');
    // Another address is not concerned.
    expect((await portal(t, 'POST', '/api/v1/portal/auth/enter', { ip: '10.9.9.10', payload: { token: 'another-guess-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' } })).statusCode).toBe(404);
  });
});

describe('signing in', () => {
  it('when a wrong password is tried, then the answer is the same as for an unknown email, and the account is throttled', async () => {
    const resident = await registeredTenant('Chloé Perrin', 'chloe.perrin@example.fr');
    const unknown = await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.2.0.1', payload: { email: 'personne@example.fr', password: 'nimporte-quoi' } });
    const wrong = await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.2.0.1', payload: { email: resident.email, password: 'nimporte-quoi' } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    for (let i = 1; i < 10; i++) await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: `10.2.1.${i}`, payload: { email: resident.email, password: `faux-${i}` } });
    const locked = await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.2.2.1', payload: { email: resident.email, password: RESIDENT_PASSWORD } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
  });

  it('when a one-time sign-in link is asked, then it signs in once, and an unknown email gets the same answer', async () => {
    const resident = await registeredTenant('Damien Roux', 'damien.roux@example.fr');
    const asked = await portal(t, 'POST', '/api/v1/portal/auth/link', { ip: '10.3.0.1', payload: { email: resident.email } });
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toEqual({ sent: true });
    const unknown = await portal(t, 'POST', '/api/v1/portal/auth/link', { ip: '10.3.0.1', payload: { email: 'inconnu@example.fr' } });
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual({ sent: true });
    const token = await portalSecretSentTo(t, smtp, resident.email, 'enter');
    const entered = await portal(t, 'POST', '/api/v1/portal/auth/enter', { ip: '10.3.0.1', payload: { token } });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json().resident.personId).toBe(resident.personId);
    expect((await portal(t, 'GET', '/api/v1/portal/me', { cookie: portalCookieOf(entered) })).statusCode).toBe(200);
    const twice = await portal(t, 'POST', '/api/v1/portal/auth/enter', { ip: '10.3.0.1', payload: { token } });
    expect(twice.statusCode).toBe(410);
    expect(twice.json().error.code).toBe('link_expired');
  });

  it('when a resident resets their password, then their other sessions end and only the new password works', async () => {
    const resident = await registeredTenant('Estelle Vidal', 'estelle.vidal@example.fr');
    expect((await portal(t, 'POST', '/api/v1/portal/auth/forgot', { ip: '10.4.0.1', payload: { email: resident.email } })).statusCode).toBe(202);
    const token = await portalSecretSentTo(t, smtp, resident.email, 'reset');
    const reset = await portal(t, 'POST', '/api/v1/portal/auth/reset', { ip: '10.4.0.1', payload: { token, password: 'nouveau-mot-de-passe' } });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await portal(t, 'GET', '/api/v1/portal/me', { cookie: resident.cookie })).statusCode).toBe(401);
    expect((await portal(t, 'GET', '/api/v1/portal/me', { cookie: portalCookieOf(reset) })).statusCode).toBe(200);
    expect((await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.4.0.2', payload: { email: resident.email, password: RESIDENT_PASSWORD } })).statusCode).toBe(401);
    expect((await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.4.0.2', payload: { email: resident.email, password: 'nouveau-mot-de-passe' } })).statusCode).toBe(200);
    expect((await portal(t, 'POST', '/api/v1/portal/auth/reset', { ip: '10.4.0.1', payload: { token, password: 'encore-un-autre-mdp' } })).statusCode).toBe(410);
  });

  it('when a resident signs out, then the session is over', async () => {
    const resident = await registeredTenant('Fabien Morel', 'fabien.morel@example.fr');
    expect((await portal(t, 'POST', '/api/v1/portal/auth/logout', { cookie: resident.cookie })).statusCode).toBe(204);
    expect((await portal(t, 'GET', '/api/v1/portal/me', { cookie: resident.cookie })).statusCode).toBe(401);
  });

  it('when staff deactivate a resident, then their session ends and they cannot sign in; reactivated, they can', async () => {
    const resident = await registeredTenant('Gaëlle Henry', 'gaelle.henry@example.fr');
    const off = await t.call(admin, 'POST', `/api/v1/persons/${resident.personId}/portal-deactivate`);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().state).toBe('deactivated');
    expect((await portal(t, 'GET', '/api/v1/portal/me', { cookie: resident.cookie })).statusCode).toBe(401);
    const refused = await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.5.0.1', payload: { email: resident.email, password: RESIDENT_PASSWORD } });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('invalid_credentials');
    const on = await t.call(admin, 'POST', `/api/v1/persons/${resident.personId}/portal-reactivate`);
    expect(on.json().state).toBe('active');
    expect((await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.5.0.1', payload: { email: resident.email, password: RESIDENT_PASSWORD } })).statusCode).toBe(200);
  });

  it('when a tenancy has ended, then sign-in says the access ended and an open session holds no place', async () => {
    const resident = await registeredTenant('Hugo Lambert', 'hugo.lambert@example.fr');
    const ended = await t.call(admin, 'PATCH', `/api/v1/persons/${resident.personId}/relations/${resident.relationId}`, { startsOn: '2020-01-01', endsOn: '2021-06-30' });
    expect(ended.statusCode, ended.body).toBe(200);
    const login = await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.6.0.1', payload: { email: resident.email, password: RESIDENT_PASSWORD } });
    expect(login.statusCode).toBe(403);
    expect(login.json().error.code).toBe('portal_access_ended');
    const me = await portal(t, 'GET', '/api/v1/portal/me', { cookie: resident.cookie });
    expect(me.json().places).toEqual([]);
    expect(me.json().canRequest).toBe(false);
  });
});

describe('boundaries', () => {
  it('when another agency\'s staff act on this agency\'s person, then nothing is found', async () => {
    const place = await makeProperty(t, admin);
    const person = await makeTenant(t, admin, place, 'Inès Fabre', 'ines.fabre@example.fr');
    const other = await t.login(OTHER_MANAGER_EMAIL);
    for (const path of ['invitation', 'portal-deactivate', 'portal-preview']) {
      const r = await t.call(other, 'POST', `/api/v1/persons/${person.id}/${path}`, {});
      expect([403, 404], `${path}: ${r.body}`).toContain(r.statusCode);
    }
    expect((await t.call(other, 'POST', `/api/v1/units/${place.unitId}/portal-code`)).statusCode).toBeGreaterThanOrEqual(403);
    const list = await t.call(other, 'GET', '/api/v1/portal-residents?limit=200');
    expect(list.statusCode, list.body).toBe(200);
    expect(JSON.stringify(list.json())).not.toContain(person.id);
  });

  it('when a unit code of this agency is typed with the name of another agency\'s person, then it is a wrong code', async () => {
    const place = await makeProperty(t, admin);
    await makeTenant(t, admin, place, 'Julie Caron', 'julie.caron@example.fr');
    const { code } = (await t.call(admin, 'POST', `/api/v1/units/${place.unitId}/portal-code`)).json();
    const r = await portal(t, 'POST', '/api/v1/portal/auth/register-code', { ip: '10.7.0.1', payload: { code, name: 'Personne Ailleurs', email: 'ailleurs@example.fr', password: RESIDENT_PASSWORD } });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('code_invalid');
  });

  it('when staff preview the portal as a resident, then it reads like theirs but refuses any change', async () => {
    const resident = await registeredTenant('Karim Benali', 'karim.benali@example.fr');
    const manager = await t.login('manager@demo.gardien.test');
    const preview = await t.call(manager, 'POST', `/api/v1/persons/${resident.personId}/portal-preview`);
    expect(preview.statusCode, preview.body).toBe(201);
    expect(preview.json()).toEqual({ url: '/portal' });
    const cookie = portalCookieOf(preview);
    const me = await portal(t, 'GET', '/api/v1/portal/me', { cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ personId: resident.personId, preview: true, canRequest: false });
    const write = await portal(t, 'PATCH', '/api/v1/portal/me', { cookie, payload: { language: 'en' } });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('preview_read_only');
    const rows = await t.ctx.db.execute(sql`select preview_by_user_id from portal_sessions where person_id = ${resident.personId} and preview_by_user_id is not null`);
    expect(JSON.stringify(rows)).toMatch(/[0-9a-f-]{36}/);
  });

  it('when a resident changes their language, preferences and password, then me shows it and the old password stops working', async () => {
    const resident = await registeredTenant('Léa Fontaine', 'lea.fontaine@example.fr');
    const wrong = await portal(t, 'PATCH', '/api/v1/portal/me', { cookie: resident.cookie, payload: { password: { current: 'pas-le-bon-mdp', next: 'nouveau-mdp-2026' } } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('password.current');
    const changed = await portal(t, 'PATCH', '/api/v1/portal/me', {
      cookie: resident.cookie, payload: { language: 'en', preferences: { sms: true }, password: { current: RESIDENT_PASSWORD, next: 'nouveau-mdp-2026' } },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ language: 'en', preferences: { sms: true, ownRequests: true, watched: true } });
    expect((await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.8.0.1', payload: { email: resident.email, password: RESIDENT_PASSWORD } })).statusCode).toBe(401);
    expect((await portal(t, 'POST', '/api/v1/portal/auth/login', { ip: '10.8.0.1', payload: { email: resident.email, password: 'nouveau-mdp-2026' } })).statusCode).toBe(200);
  });
});
