// What staff see of residents and the portal: everyone holding a place today (optionally of one
// property), their portal state, when they were invited, last signed in and how many reminders
// went; filtered by state or a search on name and email; and the same rows as CSV.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import type { PortalState } from '../domain/portal/portal-codes.ts';
import type { RelationKind } from '../domain/master-data.ts';
import { accountsOfPersons, currentResidents, latestInvitations, placesOf } from '../db/repositories/portal-accounts.ts';
import { userLanguage } from '../auth/user-language.ts';
import { portalStateOf } from './portal-state.ts';
import { agencyToday } from './resident-access.ts';
import { csvFile, csvRow } from '../channels/csv.ts';

export interface PortalResidentRow {
  personId: string;
  name: string;
  emails: string[];
  phones: string[];
  places: { propertyName: string; unitReference: string | null; relation: RelationKind }[];
  state: PortalState;
  invitedAt: string | null;
  lastSignInAt: string | null;
  remindersSent: number;
}

export interface PortalResidentsQuery {
  propertyId?: string;
  state?: PortalState;
  q?: string;
  cursor?: string;
  limit?: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

async function allRows(ctx: AppContext, actor: Actor, query: PortalResidentsQuery): Promise<PortalResidentRow[]> {
  const today = await agencyToday(ctx, actor.organizationId);
  let persons = (await currentResidents(ctx.db, actor.organizationId, today, query.propertyId)).map((r) => r.person);
  if (query.q) {
    const q = fold(query.q.trim());
    persons = persons.filter((p) => fold(p.name).includes(q) || p.emails.some((e) => fold(e).includes(q)));
  }
  const ids = persons.map((p) => p.id);
  const [places, accounts, invitations] = await Promise.all([
    placesOf(ctx.db, actor.organizationId, ids, today), accountsOfPersons(ctx.db, actor.organizationId, ids), latestInvitations(ctx.db, actor.organizationId, ids),
  ]);
  const now = ctx.clock.now();
  const rows = persons.map((person): PortalResidentRow => {
    const invitation = invitations.get(person.id);
    return {
      personId: person.id, name: person.name, emails: person.emails, phones: person.phones,
      places: places.filter((p) => p.personId === person.id).map((p) => ({ propertyName: p.propertyName, unitReference: p.unitReference, relation: p.relation })),
      state: portalStateOf(person, invitation, now),
      invitedAt: invitation?.createdAt.toISOString() ?? null,
      lastSignInAt: accounts.get(person.id)?.lastSignInAt?.toISOString() ?? null,
      remindersSent: invitation?.remindersSent ?? 0,
    };
  });
  return query.state ? rows.filter((r) => r.state === query.state) : rows;
}

/** A page of residents, by name; the cursor is the last person's id of the previous page. */
export async function listPortalResidents(ctx: AppContext, actor: Actor, query: PortalResidentsQuery) {
  const rows = await allRows(ctx, actor, query);
  const limit = query.limit ?? 50;
  let start = 0;
  if (query.cursor) {
    const at = rows.findIndex((r) => r.personId === query.cursor);
    if (at < 0) throw new DomainError('invalid_cursor', 'This cursor does not come from this list: start from the first page.');
    start = at + 1;
  }
  const items = rows.slice(start, start + limit);
  return { items, nextCursor: start + limit < rows.length ? items.at(-1)!.personId : null };
}

const HEADERS = {
  fr: ['Nom', 'E-mails', 'Téléphones', 'Lieux', 'État', 'Invité le', 'Dernière connexion', 'Relances'],
  en: ['Name', 'Emails', 'Phones', 'Places', 'State', 'Invited at', 'Last sign-in', 'Reminders'],
};
const STATES = {
  fr: { none: 'Non invité', invited: 'Invité', active: 'Actif', expired: 'Invitation expirée', deactivated: 'Désactivé' },
  en: { none: 'Not invited', invited: 'Invited', active: 'Active', expired: 'Invitation expired', deactivated: 'Deactivated' },
} satisfies Record<'fr' | 'en', Record<PortalState, string>>;

/** The residents as CSV (semicolon-separated, as spreadsheets in French expect), headers in the user's language. */
export async function exportPortalResidents(ctx: AppContext, actor: Actor, propertyId?: string): Promise<string> {
  const language = await userLanguage(ctx, actor);
  const rows = await allRows(ctx, actor, { propertyId });
  const lines = [csvRow(HEADERS[language])];
  for (const r of rows) {
    lines.push(csvRow([
      r.name, r.emails.join(' | '), r.phones.join(' | '),
      r.places.map((p) => `${p.propertyName}${p.unitReference ? ` ${p.unitReference}` : ''} (${p.relation})`).join(' | '),
      STATES[language][r.state], r.invitedAt ?? '', r.lastSignInAt ?? '', String(r.remindersSent),
    ]));
  }
  return csvFile(lines);
}
