// The news wall (DOMAIN.md §15) on both databases, as managers and residents use it: who sees a
// post (their audience today; another building's or agency's post is 404), the urgent post's
// fan-out to the outbox (who gets an email, who an SMS; exactly once, also when it was scheduled
// and the pass runs twice), moderation (reports hide at the agency's count, once per person,
// restore and remove, bans), residents' posts, the names neighbours read (never an email, phone
// or unit), likes once, comments off, and a ticket's updates reaching its post.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { organizations, persons } from '../../src/db/schema/index.ts';
import { runAutomation } from '../../src/automation/run-automation.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { act, demoRefs, type DemoRefs } from '../support/tickets.ts';
import { portalSession, residentCookie } from '../support/portal-session.ts';
import { MULTIPART_TYPE, multipartBody } from '../support/uploads.ts';
import { png } from '../support/documents.ts';
import { OTHER_MANAGER_EMAIL, OTHER_ORG_SLUG } from '../support/seed.ts';

const DAY = 86_400_000;
let t: TestApp;
let refs: DemoRefs;
let manager: string;
let admin: string;
let sarah: string; // Sarah Cohen, tenant of V1G in Immeuble Voltaire (GER-010), SMS chosen
let karim: string; // Karim Haddad, tenant of V1D in GER-010
let georges: string; // Georges Petit, co-owner in Résidence Les Tilleuls (COP-001)
let voltaire: string;

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1' });
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  voltaire = refs.property('GER-010').id;
  sarah = await residentCookie(t, refs.person('P-010'), { email: 'locataire@demo.gardien.test', preferences: { sms: true } });
  karim = await residentCookie(t, refs.person('P-011'), { email: 'karim.haddad@example.test' });
  georges = await residentCookie(t, refs.person('P-004'), { email: 'coproprietaire@demo.gardien.test' });
});
afterAll(() => t?.close());

const inDays = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();

async function write(body: Record<string, unknown>, publish: Record<string, unknown> | false = {}) {
  const created = await t.call(manager, 'POST', '/api/v1/news', { body: '<p>Texte</p>', ...body });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().post.id as string;
  if (publish) {
    const published = await t.call(manager, 'POST', `/api/v1/news/${id}/publish`, publish);
    expect(published.statusCode, published.body).toBe(200);
  }
  return id;
}
const wall = async (cookie: string) => (await t.call(cookie, 'GET', '/api/v1/portal/news')).json().items as { id: string; title: string; pinned: boolean; author: { name: string } }[];
const staffPost = async (id: string) => (await t.call(manager, 'GET', `/api/v1/news/${id}`)).json();
async function outboxOf(postId: string) {
  const rows = await t.ctx.db.execute(sql`select channel, recipient_name, recipients, language, subject, text, state from outbox_messages where meta->>'newsPostId' = ${postId} order by recipient_name, channel`);
  return (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { channel: string; recipient_name: string; recipients: string[]; language: string; subject: string | null; text: string; state: string }[];
}

describe('audience and fan-out', () => {
  it('when a manager publishes an urgent notice to Immeuble Voltaire, then its residents see it pinned and are emailed (SMS for the one who chose it); Les Tilleuls and another agency get 404', async () => {
    const noEnd = await t.call(manager, 'POST', '/api/v1/news', { kind: 'urgent', title: 'Sans fin', audience: { propertyIds: [voltaire] } });
    expect([noEnd.statusCode, noEnd.json().error.code]).toEqual([400, 'validation_failed']);

    const id = await write({ kind: 'urgent', title: 'Ascenseur à l’arrêt', body: '<p>L’ascenseur est arrêté <b>jusqu’à vendredi</b>.</p>', audience: { propertyIds: [voltaire] }, endsAt: inDays(5) });
    const post = (await staffPost(id)).post;
    expect(post).toMatchObject({ kind: 'urgent', state: 'pinned', author: { kind: 'agency', name: 'Agence Démo Gardien' } });
    expect(post.fannedOutAt).not.toBeNull();

    const seen = await wall(sarah);
    expect(seen[0]).toMatchObject({ id, title: 'Ascenseur à l’arrêt', pinned: true, author: { name: 'Agence Démo Gardien' } });
    expect((await t.call(karim, 'GET', `/api/v1/portal/news/${id}`)).statusCode).toBe(200);
    expect((await wall(georges)).map((p) => p.id)).not.toContain(id);
    const other = await t.call(georges, 'GET', `/api/v1/portal/news/${id}`);
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'not_found']);

    // Back to a draft and published again: still on the wall, not sent again.
    expect((await t.call(manager, 'POST', `/api/v1/news/${id}/unpublish`)).json().post.state).toBe('draft');
    expect((await t.call(manager, 'POST', `/api/v1/news/${id}/publish`, {})).json().post.state).toBe('pinned');

    const sent = await outboxOf(id);
    const state = t.ctx.transports.mailer ? 'queued' : 'held';
    expect(sent.map((m) => [m.recipient_name, m.channel, m.recipients[0], m.language])).toEqual([
      ['Emily Walker', 'email', 'emily.walker@example.test', 'en'],
      ['Jean-Pierre Durand', 'email', 'jp.durand@example.test', 'fr'],
      ['Karim Haddad', 'email', 'karim.haddad@example.test', 'fr'],
      ['Sarah Cohen', 'email', 'locataire@demo.gardien.test', 'fr'],
      ['Sarah Cohen', 'sms', '+33 6 39 98 56 10', 'fr'],
    ]);
    const email = sent.find((m) => m.recipient_name === 'Sarah Cohen' && m.channel === 'email')!;
    expect(email.state).toBe(state);
    expect(email.subject).toBe('Urgent : Ascenseur à l’arrêt');
    expect(email.text).toContain('L’ascenseur est arrêté jusqu’à vendredi.');
    expect(email.text).toContain(`/portal/news/${id}`);
    expect(sent.find((m) => m.language === 'en')!.subject).toBe('Urgent: Ascenseur à l’arrêt');
    expect(sent.find((m) => m.channel === 'sms')!.text).toMatch(new RegExp(`^Urgent : Ascenseur .+\\n.+/portal/news/${id} - Agence Démo Gardien$`));

    const [person] = await t.ctx.db.select({ id: persons.id }).from(persons).innerJoin(organizations, eq(organizations.id, persons.organizationId)).where(eq(organizations.slug, OTHER_ORG_SLUG));
    const stranger = await portalSession(t, person!.id);
    const otherManager = await t.login(OTHER_MANAGER_EMAIL);
    await t.call(otherManager, 'PATCH', '/api/v1/settings', { communityTools: { news: { enabled: true, roles: ['manager'] } } });
    expect((await t.call(stranger, 'GET', `/api/v1/portal/news/${id}`)).statusCode).toBe(404);
    expect(await wall(stranger)).toEqual([]);
    expect((await t.call(otherManager, 'GET', `/api/v1/news/${id}`)).statusCode).toBe(404);
  });

  it('when an urgent post is scheduled, then nobody sees it or gets it before its time; after, the pass sends it exactly once even run twice; at its end it leaves the wall', async () => {
    // The editor's preview reads as it leaves: no ticket prefix, the SMS with its link and signature.
    const preview = await t.call(admin, 'POST', '/api/v1/templates/news_urgent/sms/fr/preview', {});
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().text).toMatch(/^Urgent : .+\n.+\/portal\/news\/[0-9a-f-]{36} - Agence Démo Gardien$/);
    expect((await t.call(admin, 'POST', '/api/v1/templates/news_urgent/email/fr/preview', {})).json().subject).toMatch(/^Urgent : /);
    // The agency's own wording of the email, in French.
    const edited = await t.call(admin, 'PUT', '/api/v1/templates/news_urgent/email/fr', { subject: 'ALERTE {{ message.subject }}', body: '{{ message.subject }} : {{ message.body }}\n{{ portal_link }}' });
    expect(edited.statusCode, edited.body).toBe(200);
    const id = await write({ kind: 'urgent', title: 'Coupure de gaz programmée', audience: { propertyIds: [voltaire], relations: ['tenant'] }, endsAt: inDays(4) }, { publishAt: inDays(2) });
    expect((await staffPost(id)).post.state).toBe('scheduled');
    await runAutomation(t.ctx);
    expect(await outboxOf(id)).toEqual([]);
    expect((await wall(sarah)).map((p) => p.id)).not.toContain(id);

    const today = t.clock.current;
    try {
      // The test clock's route moves the clock and runs the pass that fell due.
      const moved = await t.call(admin, 'POST', '/api/v1/test-clock', { set: new Date(today.getTime() + 2 * DAY + 60_000).toISOString() });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json().automation.news_urgent).toBe(1);
      const second = await runAutomation(t.ctx);
      expect(second.news_urgent).toBe(0);
      // The tenants only: not Jean-Pierre Durand, the owner.
      const sent = await outboxOf(id);
      expect(sent.map((m) => `${m.recipient_name}/${m.channel}`)).toEqual(['Emily Walker/email', 'Karim Haddad/email', 'Sarah Cohen/email', 'Sarah Cohen/sms']);
      expect(sent.filter((m) => m.channel === 'email').map((m) => m.subject)).toEqual(['Urgent: Coupure de gaz programmée', 'ALERTE Coupure de gaz programmée', 'ALERTE Coupure de gaz programmée']);
      expect((await wall(sarah))[0]).toMatchObject({ id, pinned: true });

      t.clock.current = new Date(today.getTime() + 5 * DAY);
      // A session opened then (an idle one ends on its own).
      const later = await residentCookie(t, refs.person('P-010'), { email: 'locataire@demo.gardien.test', preferences: { sms: true } });
      const after = await t.call(later, 'GET', '/api/v1/portal/news');
      expect(after.statusCode, after.body).toBe(200);
      expect((after.json().items as { id: string }[]).map((p) => p.id)).not.toContain(id);
      const staffLater = await t.login('manager@demo.gardien.test');
      expect((await t.call(staffLater, 'GET', `/api/v1/news/${id}`)).json().post.state).toBe('ended');
    } finally {
      t.clock.current = today;
      await t.call(admin, 'DELETE', '/api/v1/templates/news_urgent/email/fr');
    }
  });

  it('when the manager attaches an image, then a resident of the audience downloads it; bytes that lie are refused 415; another building gets 404', async () => {
    const id = await write({ title: 'Plan du local vélos', audience: { propertyIds: [voltaire] } });
    const upload = (content: Buffer) => t.app.inject({ method: 'POST', url: `/api/v1/news/${id}/files`, headers: { cookie: manager, 'content-type': MULTIPART_TYPE }, payload: multipartBody([{ field: 'files', filename: 'plan.png', type: 'image/png', content }]) });
    expect((await upload(Buffer.from('MZ\x90\x00 not an image'))).statusCode).toBe(415);
    expect((await upload(png())).statusCode).toBe(201);
    const page = (await t.call(sarah, 'GET', `/api/v1/portal/news/${id}`)).json();
    expect(page.files).toHaveLength(1);
    const download = await t.call(sarah, 'GET', page.files[0].url);
    expect([download.statusCode, download.headers['content-type']]).toEqual([200, 'image/png']);
    expect((await t.call(georges, 'GET', page.files[0].url)).statusCode).toBe(404);
  });
});

describe('moderation', () => {
  it('when two residents report a post (the agency hides at 2), then it leaves the wall; reporting twice counts once; the manager restores it, then removes it', async () => {
    expect((await t.call(admin, 'PATCH', '/api/v1/settings', { news: { reportsToHide: 2 } })).json().settings.news).toEqual({ residentsMayPost: false, reportsToHide: 2 });
    const id = await write({ title: 'Vide-grenier', audience: { agency: true } });
    expect((await t.call(sarah, 'POST', `/api/v1/portal/news/${id}/report`, { reason: 'Publicité' })).json()).toEqual({ counted: true, hidden: false });
    expect((await t.call(sarah, 'POST', `/api/v1/portal/news/${id}/report`, {})).json()).toEqual({ counted: false, hidden: false });
    expect((await wall(karim)).map((p) => p.id)).toContain(id);
    expect((await t.call(georges, 'POST', `/api/v1/portal/news/${id}/report`, {})).json()).toEqual({ counted: true, hidden: true });
    expect((await wall(karim)).map((p) => p.id)).not.toContain(id);
    expect((await t.call(karim, 'GET', `/api/v1/portal/news/${id}`)).statusCode).toBe(404);

    const hidden = await staffPost(id);
    expect(hidden.post).toMatchObject({ state: 'hidden', reportCount: 2 });
    expect(hidden.reports.map((r: { personName: string }) => r.personName).sort()).toEqual(['Georges Petit', 'Sarah Cohen']);
    const queue = (await t.call(manager, 'GET', '/api/v1/news?moderation=true')).json().items as { id: string }[];
    expect(queue.map((p) => p.id)).toContain(id);

    expect((await t.call(manager, 'POST', `/api/v1/news/${id}/restore`)).json().post).toMatchObject({ state: 'published', reportCount: 0 });
    expect((await wall(karim)).map((p) => p.id)).toContain(id);
    expect((await t.call(manager, 'POST', `/api/v1/news/${id}/remove`)).json().post.state).toBe('removed');
    expect((await t.call(karim, 'GET', `/api/v1/portal/news/${id}`)).statusCode).toBe(404);
    await t.call(admin, 'PATCH', '/api/v1/settings', { news: { reportsToHide: 3 } });
  });

  it('when a comment is reported enough it is hidden; the manager removes a comment; a banned resident may not comment', async () => {
    await t.call(admin, 'PATCH', '/api/v1/settings', { news: { reportsToHide: 1 } });
    const id = await write({ title: 'Nouveau gardien', audience: { propertyIds: [voltaire] } });
    const commented = await t.call(karim, 'POST', `/api/v1/portal/news/${id}/comments`, { body: 'Bienvenue !' });
    expect(commented.statusCode, commented.body).toBe(201);
    t.clock.current = new Date(t.clock.current.getTime() + 1000);
    const spam = (await t.call(karim, 'POST', `/api/v1/portal/news/${id}/comments`, { body: 'Achetez mes crêpes' })).json().comments.at(-1).id as string;
    expect((await t.call(sarah, 'POST', `/api/v1/portal/news/${id}/comments/${spam}/report`, {})).json()).toEqual({ counted: true, hidden: true });
    const page = (await t.call(sarah, 'GET', `/api/v1/portal/news/${id}`)).json();
    expect(page.comments.map((c: { body: string }) => c.body)).toEqual(['Bienvenue !']);
    expect(page.post.commentCount).toBe(1);
    const first = page.comments[0].id as string;
    expect((await t.call(manager, 'DELETE', `/api/v1/news/${id}/comments/${first}`)).statusCode).toBe(204);
    expect((await t.call(sarah, 'GET', `/api/v1/portal/news/${id}`)).json().comments).toEqual([]);
    expect((await staffPost(id)).comments.map((c: { removedAt: string | null; hiddenAt: string | null }) => [!!c.removedAt, !!c.hiddenAt])).toEqual([[true, false], [false, true]]);

    expect((await t.call(manager, 'PUT', `/api/v1/news/bans/${refs.person('P-011').id}`, { reason: 'Publicité' })).statusCode).toBe(204);
    const banned = await t.call(karim, 'POST', `/api/v1/portal/news/${id}/comments`, { body: 'Encore moi' });
    expect([banned.statusCode, banned.json().error.code]).toEqual([403, 'news_posting_banned']);
    expect((await t.call(manager, 'GET', '/api/v1/news/bans')).json().items.map((b: { name: string }) => b.name)).toEqual(['Karim Haddad']);
    expect((await t.call(manager, 'DELETE', `/api/v1/news/bans/${refs.person('P-011').id}`)).statusCode).toBe(204);
    expect((await t.call(karim, 'POST', `/api/v1/portal/news/${id}/comments`, { body: 'Merci' })).statusCode).toBe(201);
    await t.call(admin, 'PATCH', '/api/v1/settings', { news: { reportsToHide: 3 } });
  });
});

describe('residents’ posts and names', () => {
  it('when residents may not post, then 403 news_resident_posts_off; allowed, Sarah posts on Voltaire’s wall, Karim reads "Sarah C." and nothing of her email, phone or unit; banned, 403 news_posting_banned', async () => {
    const off = await t.call(sarah, 'POST', '/api/v1/portal/news', { title: 'Perdu un chat', body: 'Gris, très gentil.' });
    expect([off.statusCode, off.json().error.code]).toEqual([403, 'news_resident_posts_off']);
    expect((await t.call(sarah, 'GET', '/api/v1/portal/news')).json()).toMatchObject({ canPost: false, postingRefusal: 'news_resident_posts_off' });

    await t.call(admin, 'PATCH', '/api/v1/settings', { news: { residentsMayPost: true } });
    const posted = await t.call(sarah, 'POST', '/api/v1/portal/news', { title: 'Perdu un chat', body: 'Gris, très gentil.\n\nAppelez-moi <vite>.' });
    expect(posted.statusCode, posted.body).toBe(201);
    const id = posted.json().post.id as string;
    expect(posted.json().post).toMatchObject({ mine: true, author: { kind: 'resident', name: 'Sarah C.' } });
    expect(posted.json().post.body).toBe('<p>Gris, très gentil.</p><p>Appelez-moi &lt;vite&gt;.</p>');
    expect((await staffPost(id)).post).toMatchObject({ audience: { propertyIds: [voltaire] }, author: { kind: 'resident', name: 'Sarah Cohen' } });

    const wallAnswer = await t.call(karim, 'GET', '/api/v1/portal/news');
    const pageAnswer = await t.call(karim, 'GET', `/api/v1/portal/news/${id}`);
    expect(pageAnswer.json().post).toMatchObject({ mine: false, author: { name: 'Sarah C.' } });
    for (const body of [wallAnswer.body, pageAnswer.body]) {
      for (const secret of ['sarah.cohen@example.test', 'locataire@demo.gardien.test', '+33 6 39 98 56 10', '39 98 56', 'V1G', 'Cohen']) expect(body).not.toContain(secret);
    }
    expect((await t.call(georges, 'GET', `/api/v1/portal/news/${id}`)).statusCode).toBe(404);

    expect((await t.call(sarah, 'PATCH', '/api/v1/portal/me', { preferences: { displayName: 'full' } })).json().preferences.displayName).toBe('full');
    expect((await t.call(karim, 'GET', `/api/v1/portal/news/${id}`)).json().post.author.name).toBe('Sarah Cohen');
    await t.call(sarah, 'PATCH', '/api/v1/portal/me', { preferences: { displayName: 'first_initial' } });

    const foreign = await t.call(sarah, 'POST', '/api/v1/portal/news', { title: 'Ailleurs', body: 'x', propertyId: refs.property('COP-001').id });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([403, 'news_not_your_building']);
    await t.call(manager, 'PUT', `/api/v1/news/bans/${refs.person('P-010').id}`, {});
    const banned = await t.call(sarah, 'POST', '/api/v1/portal/news', { title: 'Encore', body: 'x' });
    expect([banned.statusCode, banned.json().error.code]).toEqual([403, 'news_posting_banned']);
    await t.call(manager, 'DELETE', `/api/v1/news/bans/${refs.person('P-010').id}`);
    await t.call(admin, 'PATCH', '/api/v1/settings', { news: { residentsMayPost: false } });
  });

  it('when a resident likes twice, then it counts once; likes or comments off answer 409 with their code', async () => {
    const id = await write({ title: 'Nouvelles boîtes aux lettres', audience: { agency: true } });
    await t.call(sarah, 'PUT', `/api/v1/portal/news/${id}/like`);
    expect((await t.call(sarah, 'PUT', `/api/v1/portal/news/${id}/like`)).json()).toEqual({ liked: true, likeCount: 1 });
    expect((await t.call(karim, 'PUT', `/api/v1/portal/news/${id}/like`)).json().likeCount).toBe(2);
    expect((await t.call(sarah, 'DELETE', `/api/v1/portal/news/${id}/like`)).json()).toEqual({ liked: false, likeCount: 1 });
    expect((await wall(karim)).find((p) => p.id === id)).toMatchObject({ liked: true, likeCount: 1 });

    const closed = await write({ title: 'Travaux de façade', audience: { agency: true }, commentsAllowed: false, likesAllowed: false });
    const like = await t.call(sarah, 'PUT', `/api/v1/portal/news/${closed}/like`);
    expect([like.statusCode, like.json().error.code]).toEqual([409, 'news_likes_off']);
    const comment = await t.call(sarah, 'POST', `/api/v1/portal/news/${closed}/comments`, { body: 'Quand ?' });
    expect([comment.statusCode, comment.json().error.code]).toEqual([409, 'news_comments_off']);
  });
});

describe('the tool, drafts and tickets', () => {
  it('when the agency switches the wall off before a scheduled urgent post’s time, then the pass sends nothing; on again, it goes once', async () => {
    const id = await write({ kind: 'urgent', title: 'Ascenseur arrêté', audience: { propertyIds: [voltaire], relations: ['tenant'] }, endsAt: inDays(4) }, { publishAt: inDays(1) });
    const today = t.clock.current;
    try {
      await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { news: { enabled: false, roles: ['manager', 'assistant'] } } });
      t.clock.current = new Date(today.getTime() + DAY + 60_000);
      expect((await runAutomation(t.ctx)).news_urgent).toBe(0);
      expect(await outboxOf(id)).toEqual([]);
      // A day later: a session of that day.
      const adminLater = await t.login('admin@demo.gardien.test');
      expect((await t.call(adminLater, 'PATCH', '/api/v1/settings', { communityTools: { news: { enabled: true, roles: ['manager', 'assistant'] } } })).statusCode).toBe(200);
      expect((await runAutomation(t.ctx)).news_urgent).toBe(1);
      expect((await outboxOf(id)).length).toBeGreaterThan(0);
    } finally {
      t.clock.current = today;
      const [org] = await t.ctx.db.select().from(organizations).where(eq(organizations.slug, 'demo'));
      await t.ctx.db.update(organizations).set({ settings: { ...org!.settings, communityTools: { ...(org!.settings.communityTools as object), news: { enabled: true, roles: ['manager', 'assistant'] } } } }).where(eq(organizations.id, org!.id));
    }
  });

  it('when the news tool is off, then staff and residents get 404 tool_off; a draft is not on the wall', async () => {
    const draft = await write({ title: 'Brouillon', audience: { agency: true } }, false);
    expect((await staffPost(draft)).post.state).toBe('draft');
    expect((await wall(sarah)).map((p) => p.id)).not.toContain(draft);
    expect((await t.call(sarah, 'GET', `/api/v1/portal/news/${draft}`)).statusCode).toBe(404);
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { news: { enabled: false, roles: ['manager', 'assistant'] } } });
    expect((await t.call(manager, 'GET', '/api/v1/news')).json().error.code).toBe('tool_off');
    expect((await t.call(sarah, 'GET', '/api/v1/portal/news')).statusCode).toBe(404);
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { news: { enabled: true, roles: ['manager', 'assistant'] } } });
    expect((await t.call(manager, 'DELETE', `/api/v1/news/${draft}`)).statusCode).toBe(204);
    expect((await t.call(manager, 'GET', `/api/v1/news/${draft}`)).statusCode).toBe(404);
  });

  it('when a post is published from an incident, then it is for the ticket’s building, and the incident’s updates come under it as the agency’s comments', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'PENDING', propertyId: voltaire, subject: 'Panne de chauffage', description: 'Radiateurs froids', requester: { personId: refs.person('P-011').id } });
    expect(created.statusCode, created.body).toBe(201);
    const number = created.json().number as number;
    const report = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'PENDING', propertyId: voltaire, subject: 'Froid', description: 'Pareil', requester: { personId: refs.person('P-012').id } });
    await act(t, manager, report.json().number, { action: 'link_to_incident', incidentNumber: number });

    const id = await write({ title: 'Panne de chauffage', ticketNumber: number });
    const post = (await staffPost(id)).post;
    expect(post).toMatchObject({ audience: { propertyIds: [voltaire] }, ticketNumber: number });
    expect((await t.call(manager, 'GET', `/api/v1/news?ticketNumber=${number}`)).json().items.map((p: { id: string }) => p.id)).toEqual([id]);

    await act(t, manager, number, { action: 'send_incident_update', message: 'Le chauffagiste passe demain matin.' });
    const page = (await t.call(sarah, 'GET', `/api/v1/portal/news/${id}`)).json();
    expect(page.comments.map((c: { body: string; author: { kind: string } }) => [c.author.kind, c.body])).toEqual([['agency', 'Le chauffagiste passe demain matin.']]);
  });
});
