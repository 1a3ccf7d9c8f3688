// Message templates (DOMAIN.md §8): an app admin edits, previews with the example ticket (a manager
// with a real one) and resets; the
// checks before saving; who may write; no agency sees another's; a template reads no file; the
// SMS count is the real one.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { organizations } from '../../src/db/schema/index.ts';
import { DEFAULT_TEMPLATES } from '../../src/messages/default-templates.ts';
import { templateVariablesFor } from '../../src/messages/template-variables.ts';

let t: TestApp;
let admin: string;
let manager: string;
let other: string;
let refs: DemoRefs;
let ticketNumber: number;

const WORK_ORDER_FR = '/api/v1/templates/work_order/email/fr';

beforeAll(async () => {
  t = await createTestApp();
  [admin, manager, other] = await Promise.all([t.login('admin@demo.gardien.test'), t.login('manager@demo.gardien.test'), t.login(OTHER_MANAGER_EMAIL)]);
  refs = await demoRefs(t, manager);
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS',
    propertyId: refs.property('COP-001').id,
    unitId: refs.unit('COP-001', 'A11').id,
    subject: 'Fuite sous l\u2019évier',
    description: 'Fuite importante sous l\u2019évier de la cuisine.',
    requester: { personId: refs.person('P-001').id },
    contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email', 'sms'], instructions: 'Clés chez la gardienne' }],
    contactPerson: { personId: refs.person('P-001').id },
  });
  expect(created.statusCode, created.body).toBe(201);
  ticketNumber = created.json().number;
});
afterAll(() => t?.close());

describe('editing a template', () => {
  it('when an admin edits the French work order email, then the preview with a real ticket shows its number, subject, address and contractor', async () => {
    const saved = await t.call(admin, 'PUT', WORK_ORDER_FR, {
      subject: 'Ordre de service – {{ place.name }}',
      body: 'Bonjour {{ contractor.name }},\n\nTicket {{ ticket.number }} : {{ ticket.subject }}\nAdresse : {{ place.address }}{% if place.unit %}, lot {{ place.unit }}{% endif %}\nConsignes : {{ comment }}\n\nRépondez ici : {{ link }}\n\n{{ manager.signature }}',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ key: 'work_order', channel: 'email', language: 'fr', audience: 'contractor', customised: true, subject: 'Ordre de service – {{ place.name }}' });
    expect(saved.json().default.subject).toBe('Ordre de service');
    expect(saved.json().variables).toContain('ticket.number');

    const preview = await t.call(manager, 'POST', `${WORK_ORDER_FR}/preview`, { ticketNumber });
    expect(preview.statusCode, preview.body).toBe(200);
    const { subject, text, html } = preview.json();
    expect(subject).toBe(`[Ticket n°${ticketNumber}] Ordre de service – Résidence Les Tilleuls`);
    expect(text).toContain('Bonjour Plomberie Dupuis,');
    expect(text).toContain(`Ticket ${ticketNumber} : Fuite sous l\u2019évier`);
    expect(text).toContain('Adresse : 12 rue des Tilleuls, 69003 Lyon, lot A11 (1er)');
    expect(text).toContain('Consignes : Clés chez la gardienne');
    expect(text).toMatch(/Répondez ici : http:\/\/localhost:\d+\/x\/\S+/);
    expect(text).toContain('Camille Martin');
    expect(html).toContain('<p>Bonjour Plomberie Dupuis,</p>');
    expect(html).toMatch(/<a href="http:\/\/localhost:\d+\/x\/[^"]+">/);

    const one = (await t.call(manager, 'GET', WORK_ORDER_FR)).json();
    expect(one).toMatchObject({ customised: true, subject: 'Ordre de service – {{ place.name }}' });

    const list = await t.call(manager, 'GET', '/api/v1/templates');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { key: string; channels: string[]; languages: string[]; variants: { channel: string; language: string; customised: boolean }[] }[];
    expect(items.map((i) => i.key)).toEqual(Object.keys(DEFAULT_TEMPLATES));
    const workOrder = items.find((i) => i.key === 'work_order')!;
    expect(workOrder).toMatchObject({ channels: ['email', 'sms'], languages: ['fr', 'en'] });
    expect(workOrder.variants.filter((v) => v.customised)).toEqual([expect.objectContaining({ channel: 'email', language: 'fr' })]);
    expect(items.find((i) => i.key === 'staff_answer_received')!.channels).toEqual(['email']);
  });

  it('when the preview is asked with an unsaved body, then that body is rendered and nothing is saved', async () => {
    const preview = await t.call(manager, 'POST', '/api/v1/templates/quote_confirmed/email/en/preview', { ticketNumber, subject: 'Yes: {{ ticket.subject }}', body: 'Number {{ ticket.number }} at {{ place.address }}' });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ subject: `[Ticket n°${ticketNumber}] Yes: Fuite sous l\u2019évier`, text: `Number ${ticketNumber} at 12 rue des Tilleuls, 69003 Lyon` });
    expect((await t.call(admin, 'GET', '/api/v1/templates/quote_confirmed/email/en')).json().customised).toBe(false);
  });

  it('when the default work order is previewed in English, then it reads naturally with the ticket', async () => {
    const preview = await t.call(manager, 'POST', '/api/v1/templates/work_order/email/en/preview', { ticketNumber });
    expect(preview.statusCode, preview.body).toBe(200);
    const { subject, text } = preview.json();
    expect(subject).toBe(`[Ticket n°${ticketNumber}] Work order`);
    expect(text).toContain('Location: Résidence Les Tilleuls, 12 rue des Tilleuls, 69003 Lyon – unit A11 (1er)');
    expect(text).toContain('On-site contact: Hélène Rousseau');
    expect(text).toContain('Special instructions: Clés chez la gardienne');
    expect(text).toContain('/x/help?lang=en');
  });

  it('when a template has a syntax error, then saving is refused with 400 naming the line', async () => {
    const response = await t.call(admin, 'PUT', WORK_ORDER_FR, { subject: 'Ordre', body: 'Bonjour,\n\n{% if ticket.number %}\nSans fin' });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('invalid_template');
    expect(error.message).toContain('line 3');
    expect(error.details).toEqual([expect.objectContaining({ field: 'body', kind: 'syntax', line: 3 })]);
    expect((await t.call(admin, 'GET', WORK_ORDER_FR)).json().subject).toBe('Ordre de service – {{ place.name }}');
  });

  it('when a template reads an unknown variable, then saving is refused with 400 naming it and its line', async () => {
    const response = await t.call(admin, 'PUT', WORK_ORDER_FR, { subject: 'Ordre {{ tiket.number }}', body: 'Bonjour\n{{ ticket.number }} {{ agency.secret }}' });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('invalid_template');
    expect(error.details).toEqual([
      expect.objectContaining({ field: 'subject', kind: 'unknown_variable', line: 1, variable: 'tiket.number' }),
      expect.objectContaining({ field: 'body', kind: 'unknown_variable', line: 2, variable: 'agency.secret' }),
    ]);
  });

  it('when an email is saved without a subject or an SMS with one, then it is refused', async () => {
    expect((await t.call(admin, 'PUT', WORK_ORDER_FR, { body: 'Bonjour' })).json().error.code).toBe('invalid_template');
    expect((await t.call(admin, 'PUT', '/api/v1/templates/work_order/sms/fr', { subject: 'x', body: 'Bonjour' })).json().error.code).toBe('invalid_template');
  });

  it('when a key has no such channel or does not exist, then the answer is 404 or 400', async () => {
    expect((await t.call(admin, 'GET', '/api/v1/templates/staff_answer_received/sms/fr')).statusCode).toBe(404);
    expect((await t.call(admin, 'GET', '/api/v1/templates/nope/email/fr')).statusCode).toBe(400);
    expect((await t.call(admin, 'GET', '/api/v1/templates/work_order/email/de')).statusCode).toBe(400);
  });

  it('when a manager tries to save or reset a template, then it is forbidden', async () => {
    expect((await t.call(manager, 'PUT', WORK_ORDER_FR, { subject: 'x', body: 'y' })).statusCode).toBe(403);
    expect((await t.call(manager, 'DELETE', WORK_ORDER_FR)).statusCode).toBe(403);
    expect((await t.call(manager, 'GET', WORK_ORDER_FR)).statusCode).toBe(200);
  });

  it('when another agency reads the same template, then it sees the default, never the demo agency\u2019s version', async () => {
    const response = await t.call(other, 'GET', WORK_ORDER_FR);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ customised: false, subject: 'Ordre de service', body: DEFAULT_TEMPLATES.work_order.fr.email.body });
    const items = (await t.call(other, 'GET', '/api/v1/templates')).json().items as { variants: { customised: boolean }[] }[];
    expect(items.flatMap((i) => i.variants).some((v) => v.customised)).toBe(false);
    // Nor may it preview with the demo agency's ticket: numbers are per agency, this one is not its own.
    expect((await t.call(other, 'POST', `${WORK_ORDER_FR}/preview`, { ticketNumber })).statusCode).toBe(404);
  });

  it('when the admin resets the template, then the default comes back', async () => {
    const response = await t.call(admin, 'DELETE', WORK_ORDER_FR);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ customised: false, updatedAt: null, subject: 'Ordre de service', body: DEFAULT_TEMPLATES.work_order.fr.email.body });
    const preview = (await t.call(manager, 'POST', `${WORK_ORDER_FR}/preview`, { ticketNumber })).json();
    expect(preview.subject).toBe(`[Ticket n°${ticketNumber}] Ordre de service`);
    expect(preview.text).toContain("Lieu d'intervention : Résidence Les Tilleuls, 12 rue des Tilleuls, 69003 Lyon – lot A11 (1er)");
    expect(preview.text).toContain('Personne à contacter pour l\'intervention : Hélène Rousseau');
    expect(preview.text).toContain('Consignes particulières : Clés chez la gardienne');
    // Resetting again is harmless.
    expect((await t.call(admin, 'DELETE', WORK_ORDER_FR)).statusCode).toBe(200);
  });
});

describe('who may preview with a real ticket', () => {
  it('when the admin (no right to read tickets) previews, then the example ticket is rendered, with or without a ticket number', async () => {
    for (const body of [{}, { ticketNumber }]) {
      const preview = await t.call(admin, 'POST', `${WORK_ORDER_FR}/preview`, body);
      expect(preview.statusCode, preview.body).toBe(200);
      const { ticket, subject, text } = preview.json();
      expect(ticket).toBe('example');
      expect(subject).toBe('[Ticket n°1234] Ordre de service');
      expect(text).toContain("Lieu d'intervention : Résidence Exemple, 1 rue de l’Exemple, 69000 Lyon – lot A12 (1er)");
      expect(text).toContain('Alex Exemple');
      expect(text).toContain('Agence Démo Gardien');
    }
    const english = (await t.call(admin, 'POST', '/api/v1/templates/work_order/email/en/preview', {})).json();
    expect(english.text).toContain('Location: Example Residence, 1 Example Street, 69000 Lyon – unit A12 (1st floor)');
    expect(english.text).toContain('Alex Example');
    const sms = (await t.call(admin, 'POST', '/api/v1/templates/work_order/sms/fr/preview', {})).json();
    expect(sms.text).toMatch(/^Ticket 1234: .* - Agence Démo Gardien$/s);
  });

  it('when a user without ticket rights previews any template with a real ticket number, then neither its description nor its contact shows', async () => {
    const body = '{{ ticket.subject }} {{ ticket.description }} {{ contact.name }} {{ contact.email }} {{ contact.phone }} {{ place.address }}';
    for (const [key, audience] of [['work_order', 'email'], ['quote_confirmed', 'email'], ['work_order', 'sms']] as const) {
      const response = await t.call(admin, 'POST', `/api/v1/templates/${key}/${audience}/fr/preview`, { ticketNumber, body });
      expect(response.statusCode, response.body).toBe(200);
      for (const secret of ['Fuite importante', 'Hélène Rousseau', 'helene.rousseau@example.test', '12 rue des Tilleuls', `n°${ticketNumber}]`]) {
        expect(response.body, `${key} ${audience}`).not.toContain(secret);
      }
    }
  });

  it('when a manager previews with a real ticket, then that ticket is rendered; without a number, the example one', async () => {
    const real = (await t.call(manager, 'POST', `${WORK_ORDER_FR}/preview`, { ticketNumber, body: '{{ ticket.description }} / {{ contact.name }}' })).json();
    expect(real).toMatchObject({ ticket: 'real', text: 'Fuite importante sous l’évier de la cuisine. / Hélène Rousseau' });
    const example = (await t.call(manager, 'POST', `${WORK_ORDER_FR}/preview`, {})).json();
    expect(example.ticket).toBe('example');
    expect((await t.call(manager, 'POST', `${WORK_ORDER_FR}/preview`, { ticketNumber: 999_999 })).statusCode).toBe(404);
  });
});

describe('safety', () => {
  it('when a template tries to read a file or run code, then it is an error, never the file\u2019s content', async () => {
    for (const body of ["{% include '/etc/passwd' %}", "Bonjour\n{% render 'x' %}", "{% layout '/etc/passwd' %}", '{% include ../../../../etc/passwd %}']) {
      const saved = await t.call(admin, 'PUT', WORK_ORDER_FR, { subject: 'x', body });
      expect(saved.statusCode, body).toBe(400);
      expect(saved.json().error.code).toBe('invalid_template');
      expect(saved.body).not.toContain('root:');
      const preview = await t.call(admin, 'POST', `${WORK_ORDER_FR}/preview`, { ticketNumber, body });
      expect(preview.statusCode, body).toBe(400);
      expect(preview.body).not.toContain('root:');
    }
    const sneaky = await t.call(admin, 'POST', `${WORK_ORDER_FR}/preview`, {
      ticketNumber, body: '[{{ ticket.constructor.constructor }}][{{ ticket.number.constructor }}][{{ place.__proto__ }}]',
    });
    // Refused before rendering (unknown variables); rendered anyway, they would read nothing (test/unit).
    expect(sneaky.statusCode, sneaky.body).toBe(400);
    expect(sneaky.json().error.details.map((d: { variable: string }) => d.variable)).toEqual(['ticket.constructor.constructor', 'ticket.number.constructor', 'place.__proto__']);
    expect((await t.call(admin, 'GET', WORK_ORDER_FR)).json().customised).toBe(false);
  });

  it('when the agency hides its email, then neither the agency nor the manager email reaches a contractor', async () => {
    const [demo] = await t.ctx.db.select().from(organizations).where(eq(organizations.slug, 'demo'));
    await t.ctx.db.update(organizations).set({ settings: { ...demo!.settings, email: 'contact@agence-demo.example.fr', phone: '04 78 00 00 00' } }).where(eq(organizations.id, demo!.id));
    let text = (await t.call(manager, 'POST', `${WORK_ORDER_FR}/preview`, { ticketNumber })).json().text as string;
    expect(text).toContain('contact@agence-demo.example.fr');
    expect(text).toContain('04 78 00 00 00');
    expect(text).toContain('Email : manager@demo.gardien.test');

    await t.ctx.db.update(organizations).set({ settings: { ...demo!.settings, email: 'contact@agence-demo.example.fr', phone: '04 78 00 00 00', hideAgencyEmail: true } }).where(eq(organizations.id, demo!.id));
    text = (await t.call(manager, 'POST', `${WORK_ORDER_FR}/preview`, { ticketNumber })).json().text;
    expect(text).not.toContain('contact@agence-demo.example.fr');
    expect(text).not.toContain('manager@demo.gardien.test');
    expect(text).toContain('04 78 00 00 00');
    // A watcher still sees it: the setting is about contractors.
    const watcher = await templateVariablesFor(t.ctx.db, demo!.id, ticketNumber, { audience: 'watcher' });
    expect(watcher.agency?.email).toBe('contact@agence-demo.example.fr');
    await t.ctx.db.update(organizations).set({ settings: demo!.settings }).where(eq(organizations.id, demo!.id));
  });
});

describe('SMS', () => {
  it('when the default French work order SMS is previewed, then the whole message (prefix, link, signature) is counted as one GSM-7 part', async () => {
    const response = await t.call(manager, 'POST', '/api/v1/templates/work_order/sms/fr/preview', { ticketNumber });
    expect(response.statusCode, response.body).toBe(200);
    const { text, sms, subject, html } = response.json();
    expect(subject).toBeUndefined();
    expect(html).toBeUndefined();
    expect(text).toMatch(new RegExp(`^Ticket ${ticketNumber}: Un ordre de service vous a été transmis\\.\\nhttp://localhost:\\d+/x/\\S+ - Agence Démo Gardien$`));
    expect(sms).toEqual({ encoding: 'GSM-7', units: text.length, parts: 1, perPart: 160, remainingInPart: 160 - text.length, nonGsmCharacters: [] });
  });

  it('when an SMS body has one ê and is long, then the count switches to UCS-2 and counts the parts honestly', async () => {
    const body = 'Bonjour, dans le cadre d\u2019une intervention rapide, nous vous transmettons cet ordre de service. Vous trouverez toutes les informations nécessaires en cliquant sur le lien ci-dessous, même sans compte :';
    const response = await t.call(manager, 'POST', '/api/v1/templates/work_order/sms/fr/preview', { ticketNumber, body });
    expect(response.statusCode, response.body).toBe(200);
    const { text, sms } = response.json();
    expect(text.startsWith(`Ticket ${ticketNumber}: Bonjour`)).toBe(true);
    expect(sms.encoding).toBe('UCS-2');
    expect(sms.nonGsmCharacters).toEqual(['\u2019', 'ê']);
    expect(sms.units).toBe(text.length);
    expect(sms.perPart).toBe(67);
    expect(sms.parts).toBe(Math.ceil(text.length / 67));

    const counted = await t.call(manager, 'POST', '/api/v1/sms/count', { text: body });
    expect(counted.statusCode, counted.body).toBe(200);
    expect(body.length).toBe(200);
    expect(counted.json()).toMatchObject({ encoding: 'UCS-2', units: 200, parts: 3, perPart: 67 });
    expect(counted.json().suggestion.count).toMatchObject({ encoding: 'GSM-7', parts: 2 });
    expect(counted.json().suggestion.text).toContain('d\'une intervention rapide');
    expect(counted.json().suggestion.text).toContain('meme sans compte');
    expect(counted.json().suggestion.replacements).toEqual(expect.arrayContaining([{ from: 'ê', to: 'e', count: 1 }]));
  });

  it('when an SMS is saved and previewed, then the saved body is used and reset brings the default back', async () => {
    const path = '/api/v1/templates/appointment_reminder/sms/fr';
    const saved = await t.call(admin, 'PUT', path, { body: 'RDV {% if appointment.date %}le {{ appointment.date }}{% else %}a fixer{% endif %}' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ subject: null, customised: true });
    const preview = (await t.call(manager, 'POST', `${path}/preview`, { ticketNumber })).json();
    expect(preview.text).toMatch(new RegExp(`^Ticket ${ticketNumber}: RDV a fixer\\n`));
    const reset = (await t.call(admin, 'DELETE', path)).json();
    expect(reset).toMatchObject({ customised: false, body: DEFAULT_TEMPLATES.appointment_reminder.fr.sms });
  });
});
