// The help link of the contractors' and approvers' emails: each shipped template, rendered for a
// real ticket in each language, carries a help address that the server answers with the
// contractors' guide (`/x?view=help`, in the email's language), not with the staff sign-in page.
// Addresses of emails already sent (`/help/contractors`) lead to the same guide.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs } from '../support/tickets.ts';
import { TEMPLATES, TEMPLATE_KEYS } from '../../src/domain/messages/template-catalogue.ts';
import { templateVariablesFor } from '../../src/messages/template-variables.ts';
import { renderTemplate } from '../../src/messages/render-template.ts';

let t: TestApp;
let ticketNumber: number;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://gardien.example.fr' });
  const manager = await t.login('manager@demo.gardien.test');
  const refs = await demoRefs(t, manager);
  organizationId = (await t.call(manager, 'GET', '/api/v1/me')).json().organization.id;
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Aide', contractors: [{ contractorId: refs.contractor('F-001').id }],
  });
  expect(created.statusCode, created.body).toBe(201);
  ticketNumber = created.json().number;
});
afterAll(() => t?.close());

/** Follows the server's redirects from `url` (at most 5) and returns where it ends and the last answer's status. */
async function follow(url: string): Promise<{ path: string; status: number }> {
  let path = url.replace(/^https:\/\/gardien\.example\.fr/, '');
  for (let hop = 0; hop < 5; hop++) {
    const response = await t.app.inject({ method: 'GET', url: path });
    if (response.statusCode < 300 || response.statusCode >= 400) return { path, status: response.statusCode };
    path = String(response.headers.location);
  }
  return { path, status: 0 };
}

/** Where the party's page shows the guide: `/x?view=help` in `language`. */
function isGuide(path: string, language: string): boolean {
  const url = new URL(path, 'https://gardien.example.fr');
  return url.pathname === '/x' && url.searchParams.get('view') === 'help' && url.searchParams.get('lang') === language;
}

const PARTY_TEMPLATES = TEMPLATE_KEYS.filter((key) => TEMPLATES[key].audience === 'contractor' || TEMPLATES[key].audience === 'approver');

describe('the help link of contractors\u2019 and approvers\u2019 emails', () => {
  it.each(['fr', 'en'] as const)('when each contractor and approver email is rendered in %s, then its help link opens the guide in that language', async (language) => {
    expect(PARTY_TEMPLATES.length).toBeGreaterThan(10);
    for (const key of PARTY_TEMPLATES) {
      const link = 'https://gardien.example.fr/x/AbCdEfGh';
      const variables = await templateVariablesFor(t.ctx.db, organizationId, ticketNumber, {
        language, audience: TEMPLATES[key].audience, key, link, publicUrl: t.ctx.config.publicUrl,
      });
      const { text } = await renderTemplate({ key, channel: 'email', language, variables });
      const urls = [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]).filter((url) => url !== link);
      expect(urls, `${key}/${language} has a help link`).toHaveLength(1);
      const { path, status } = await follow(urls[0]!);
      expect(isGuide(path, language), `${key}/${language}: ${urls[0]} ends at ${path} (${status})`).toBe(true);
    }
  });

  it('when the address of an email sent before (/help/contractors) is opened, then it redirects to the guide, keeping the language', async () => {
    const english = await t.app.inject({ method: 'GET', url: '/help/contractors?lang=en' });
    expect(english.statusCode).toBe(301);
    expect(english.headers.location).toBe('/x/help?lang=en');
    expect(isGuide((await follow('/help/contractors?lang=en')).path, 'en')).toBe(true);
    const bare = await follow('/help/contractors');
    expect(bare.path).toBe('/x?view=help');
  });
});
