// POST /portal/tickets: a resident files a request. The place must be one of theirs today (their
// unit, or the common parts of a property they hold a relation to); the category one the agency
// offers residents (portalCategoryIds) with its structured fields; at most portalRequestsPerDay a
// calendar day (counted again under a per-person lock inside the creating transaction, so
// concurrent requests cannot pass it together). It goes through createRequests like every other channel (source and channel
// `portal`, the person as requester and watcher), so routing rules apply and it arrives PENDING.
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import type { Resident } from '../auth/resident.ts';
import { DomainError } from '../domain/errors.ts';
import { settingsOf } from '../domain/settings.ts';
import { startOfDay } from '../domain/time-zone.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { lockPersonRequests, personsByIds, portalRequestsSince } from '../db/repositories/portal-requests.ts';
import { unitsRepository } from '../db/repositories/master-data.ts';
import { companiesOfPerson } from '../db/repositories/companies.ts';
import { createRequests } from '../inbound/create-request.ts';
import type { StoredInboundFile } from '../inbound/inbound-files.ts';
import { residentViewer } from './resident-viewer.ts';
import type { PortalRequestInputT } from './portal-request-input.ts';

/** What is left of today's requests for the resident (the daily limit minus what they filed);
 * `db` is the creating transaction when the answer must hold until the request is written. */
export async function portalRequestsLeft(ctx: AppContext, resident: Resident, db: Db = ctx.db): Promise<{ left: number; perDay: number }> {
  const organization = (await findOrganization(db, resident.organizationId))!;
  const perDay = settingsOf(organization.settings).portalRequestsPerDay;
  const filed = await portalRequestsSince(db, resident.organizationId, resident.personId, startOfDay(ctx.clock.now(), organization.timezone));
  return { left: Math.max(0, perDay - filed), perDay };
}

function limitReached(perDay: number): DomainError {
  return new DomainError('daily_request_limit', `You have already sent ${perDay} requests today, the most the agency accepts in a day. Try again tomorrow, or call the agency if it is urgent.`, { perDay });
}

/** Inside the creating transaction: the person's lock, then the count (a second request at the
 * same moment waits for the first to commit and counts it). */
async function holdDailyLimit(ctx: AppContext, resident: Resident, db: Db): Promise<void> {
  await lockPersonRequests(db, resident.personId);
  const { left, perDay } = await portalRequestsLeft(ctx, resident, db);
  if (left <= 0) throw limitReached(perDay);
}

function notTheirs(field: string): DomainError {
  return new DomainError('unknown_reference', 'This place is not one of yours: choose your dwelling or the common parts of your building.', { field });
}

/** Files the request; `photos` were checked (images or PDF) and stored by the caller, which deletes them if this fails. */
export async function filePortalRequest(ctx: AppContext, resident: Resident, input: PortalRequestInputT, photos: readonly StoredInboundFile[]): Promise<{ number: number; status: 'received' }> {
  const organization = (await findOrganization(ctx.db, resident.organizationId))!;
  const settings = settingsOf(organization.settings);
  const { left, perDay } = await portalRequestsLeft(ctx, resident);
  if (left <= 0) throw limitReached(perDay);
  const viewer = await residentViewer(ctx, resident);
  let propertyId: string;
  let unitId: string | null = null;
  if ('unitId' in input.place) {
    const unit = await unitsRepository.get(ctx.db, resident.organizationId, input.place.unitId);
    if (!unit || !viewer.relations.some((r) => r.unitId === unit.id)) throw notTheirs('place.unitId');
    propertyId = unit.propertyId;
    unitId = unit.id;
  } else {
    const wanted = input.place.propertyId;
    if (!viewer.relations.some((r) => r.propertyId === wanted)) throw notTheirs('place.propertyId');
    propertyId = wanted;
  }
  if (input.categoryId && settings.portalCategoryIds !== null && !settings.portalCategoryIds.includes(input.categoryId)) {
    throw new DomainError('unknown_reference', 'This category is not offered in the portal.', { field: 'categoryId' });
  }
  if (input.categoryFields && Object.keys(input.categoryFields).length > 0 && !input.categoryId) {
    throw new DomainError('validation_failed', 'Structured fields need a category.', [{ field: 'categoryFields', message: 'needs a category' }]);
  }
  if (input.companyId && !(await companiesOfPerson(ctx.db, resident.organizationId, resident.personId)).some((m) => m.company.id === input.companyId)) {
    throw new DomainError('not_company_member', 'You do not work for this company: send the request for yourself.', { field: 'companyId' });
  }
  const [person] = await personsByIds(ctx.db, resident.organizationId, [resident.personId]);
  if (!person) throw new DomainError('portal_access_ended', 'Your access to the portal has ended.');
  const [created] = await createRequests(ctx, [{
    organizationId: resident.organizationId,
    source: 'portal',
    channel: 'portal',
    sender: { name: person.name, email: person.emails[0] ?? null, phone: person.phones[0] ?? null },
    requesterPersonId: person.id,
    exactPlace: true,
    requesterWatches: true,
    knownSender: true,
    companyId: input.companyId ?? null,
    propertyId,
    unitId,
    categoryId: input.categoryId ?? null,
    categoryFields: input.categoryFields ?? {},
    subject: input.subject ?? '',
    description: input.description.trim(),
    originalDescription: input.description.trim(),
    availability: input.availability?.trim() || null,
    entryAllowed: input.entryAllowed ?? null,
    files: [],
    storedFiles: photos,
    acknowledge: 'never',
    before: (db) => holdDailyLimit(ctx, resident, db),
  }]);
  return { number: created!.number, status: 'received' };
}
