// The residents' portal settings (issue 12): what PATCH /settings accepts and refuses for the
// portal, and the default visibility a new ticket takes from its property's activity.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';

let t: TestApp;
let admin: string;
let manager: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.gardien.test');
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, admin);
});
afterAll(() => t?.close());

const patch = (body: Record<string, unknown>, cookie = admin) => t.call(cookie, 'PATCH', '/api/v1/settings', body);

async function refusal(body: Record<string, unknown>, status: number, code: string) {
  const response = await patch(body);
  expect(response.statusCode, response.body).toBe(status);
  const error = response.json().error;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(10);
  return error;
}

async function categoryIds(cookie: string): Promise<string[]> {
  const response = await t.call(cookie, 'GET', '/api/v1/categories?limit=200');
  return (response.json().items as { id: string }[]).map((c) => c.id);
}

describe('portal settings', () => {
  it('reads the defaults: tickets shown, 5 requests a day, every category, no invitation on import', async () => {
    const { settings } = (await t.call(manager, 'GET', '/api/v1/settings')).json();
    expect(settings).toMatchObject({
      portalShowsTickets: true,
      defaultVisibilityByModule: { syndic: 'requester', gerance: 'requester' },
      portalRequestsPerDay: 5,
      portalCategoryIds: null,
      inviteOnImport: false,
      autoCloseDays: null,
    });
  });

  it('saves every portal setting and reads them back', async () => {
    const [first, second] = await categoryIds(admin);
    const body = {
      portalShowsTickets: false,
      defaultVisibilityByModule: { syndic: 'all_coowners', gerance: 'owner' },
      feedbackRequest: false,
      autoCloseDays: 30,
      portalRequestsPerDay: 12,
      portalCategoryIds: [first, second],
      inviteOnImport: true,
    };
    const saved = await patch(body);
    expect(saved.statusCode, saved.body).toBe(200);
    const { settings } = (await t.call(manager, 'GET', '/api/v1/settings')).json();
    expect(settings).toMatchObject(body);
    // Back to every category and no auto close.
    const reset = await patch({ portalCategoryIds: null, autoCloseDays: null, portalShowsTickets: true, feedbackRequest: true });
    expect(reset.json().settings).toMatchObject({ portalCategoryIds: null, autoCloseDays: null });
  });

  it('refuses an auto close outside 1..90 days', async () => {
    expect((await refusal({ autoCloseDays: 0 }, 400, 'validation_failed')).details).toBeDefined();
    await refusal({ autoCloseDays: 91 }, 400, 'validation_failed');
    await refusal({ autoCloseDays: 2.5 }, 400, 'validation_failed');
    expect((await patch({ autoCloseDays: 90 })).statusCode).toBe(200);
    expect((await patch({ autoCloseDays: 1 })).statusCode).toBe(200);
  });

  it('refuses requests per day outside 1..50', async () => {
    await refusal({ portalRequestsPerDay: 0 }, 400, 'validation_failed');
    await refusal({ portalRequestsPerDay: 51 }, 400, 'validation_failed');
    await refusal({ portalRequestsPerDay: null }, 400, 'validation_failed');
    expect((await patch({ portalRequestsPerDay: 50 })).statusCode).toBe(200);
  });

  it('refuses a visibility that does not fit the activity, or an unknown one', async () => {
    await refusal({ defaultVisibilityByModule: { syndic: 'tenant', gerance: 'requester' } }, 400, 'validation_failed');
    await refusal({ defaultVisibilityByModule: { syndic: 'council', gerance: 'council' } }, 400, 'validation_failed');
    await refusal({ defaultVisibilityByModule: { syndic: 'everyone', gerance: 'owner' } }, 400, 'validation_failed');
    await refusal({ defaultVisibilityByModule: { syndic: 'council' } }, 400, 'validation_failed');
  });

  it("refuses categories that are not the agency's, and ids that are not uuids", async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    const created = await t.call(other, 'POST', '/api/v1/categories', { name: 'Ailleurs seulement' });
    expect(created.statusCode, created.body).toBe(201);
    const [mine] = await categoryIds(admin);
    const error = await refusal({ portalCategoryIds: [mine, created.json().id] }, 422, 'unknown_reference');
    expect(error.details).toMatchObject({ field: 'portalCategoryIds' });
    await refusal({ portalCategoryIds: ['00000000-0000-4000-8000-000000000000'] }, 422, 'unknown_reference');
    await refusal({ portalCategoryIds: ['not-a-uuid'] }, 400, 'validation_failed');
    // Nothing was saved by the refusals.
    expect((await t.call(manager, 'GET', '/api/v1/settings')).json().settings.portalCategoryIds).toBeNull();
  });

  it('is for app admins only', async () => {
    const response = await patch({ portalRequestsPerDay: 3 }, manager);
    expect(response.statusCode).toBe(403);
  });

  it("gives a new ticket its property's activity default visibility, unless one is chosen", async () => {
    expect((await patch({ defaultVisibilityByModule: { syndic: 'council', gerance: 'tenant' }, defaultVisibility: 'requester' })).statusCode).toBe(200);
    const create = async (propertyRef: string, extra: Record<string, unknown> = {}) => {
      const response = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'PENDING', subject: 'Visibilité', propertyId: refs.property(propertyRef).id, ...extra });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    expect((await create('COP-001')).visibility).toBe('council');
    expect((await create('GER-010')).visibility).toBe('tenant');
    expect((await create('COP-001', { visibility: 'requester' })).visibility).toBe('requester');
  });
});
