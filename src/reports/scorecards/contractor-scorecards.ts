// Contractors' scorecards (DOMAIN.md §14): one contractor's (its page; 404 when not the agency's)
// or several at once (the picker's options shown, at most 50). The figures are computed over the
// tickets the reader may see (the access policy's scope): an assistant sees the figures of the
// buildings they assist, an external agent those of the tickets assigned to them.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import { MAX_SCORECARD_BATCH } from '../../domain/reports/scorecard-figures.ts';
import { findOrganization } from '../../db/repositories/users.ts';
import { contractorsAmong, scorecardRows, type ScorecardRow } from '../../db/repositories/scorecards.ts';
import { ticketScope } from '../../tickets/ticket-access.ts';
import { scorecardPeriod, type ScorecardPeriod } from './scorecard-period.ts';

export interface Scorecard {
  contractor: { id: string; name: string };
  dispatches: { total: number; workOrders: number; quoteRequests: number };
  accepted: { count: number; share: number | null };
  /** Medians in seconds, null without any dispatch to measure. */
  medianSeconds: { toAccept: number | null; toAppointment: number | null; toCompletion: number | null };
  remindersPerDispatch: number | null;
  checkIns: { recorded: number; onTime: number; onTimeShare: number | null };
  quotes: { sent: number; retained: number };
  invoiced: { count: number; amountCents: number };
  feedback: { good: number; fair: number; bad: number };
}

export interface Scorecards {
  period: { from: string; to: string };
  currency: string;
  items: Scorecard[];
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function scorecardOf(contractor: { id: string; name: string }, row: ScorecardRow | undefined): Scorecard {
  const r = row ?? { dispatches: 0, workOrders: 0, quoteRequests: 0, accepted: 0, medianAcceptSeconds: null, medianAppointmentSeconds: null, medianCompletionSeconds: null, reminders: 0, checkIns: 0, checkInsOnTime: 0, quotesSent: 0, quotesRetained: 0, invoices: 0, invoicedCents: 0, feedbackGood: 0, feedbackFair: 0, feedbackBad: 0 };
  return {
    contractor: { id: contractor.id, name: contractor.name },
    dispatches: { total: r.dispatches, workOrders: r.workOrders, quoteRequests: r.quoteRequests },
    accepted: { count: r.accepted, share: share(r.accepted, r.dispatches) },
    medianSeconds: { toAccept: r.medianAcceptSeconds, toAppointment: r.medianAppointmentSeconds, toCompletion: r.medianCompletionSeconds },
    remindersPerDispatch: share(r.reminders, r.dispatches),
    checkIns: { recorded: r.checkIns, onTime: r.checkInsOnTime, onTimeShare: share(r.checkInsOnTime, r.checkIns) },
    quotes: { sent: r.quotesSent, retained: r.quotesRetained },
    invoiced: { count: r.invoices, amountCents: Number(r.invoicedCents) },
    feedback: { good: r.feedbackGood, fair: r.feedbackFair, bad: r.feedbackBad },
  };
}

async function compute(ctx: AppContext, actor: Actor, contractors: { id: string; name: string }[], period: ScorecardPeriod, currency: string): Promise<Scorecards> {
  const access = await ticketScope(ctx.db, actor, ctx.clock.now());
  const rows = await scorecardRows(ctx.db, { organizationId: actor.organizationId, contractorIds: contractors.map((c) => c.id), from: period.start, to: period.end, access });
  const byId = new Map(rows.map((row) => [row.contractorId, row]));
  return { period: { from: period.from, to: period.to }, currency, items: contractors.map((c) => scorecardOf(c, byId.get(c.id))) };
}

async function agency(ctx: AppContext, actor: Actor) {
  const organization = await findOrganization(ctx.db, actor.organizationId);
  return { timeZone: organization?.timezone ?? 'Europe/Paris', currency: organization?.currency ?? 'EUR' };
}

/** One contractor's scorecard over the period (default: the last twelve months). */
export async function contractorScorecard(ctx: AppContext, actor: Actor, contractorId: string, query: { from?: string; to?: string }) {
  const { timeZone, currency } = await agency(ctx, actor);
  const period = scorecardPeriod(query, ctx.clock.now(), timeZone);
  const [contractor] = await contractorsAmong(ctx.db, actor.organizationId, [contractorId]);
  if (!contractor) throw notFound('Contractor');
  const answer = await compute(ctx, actor, [contractor], period, currency);
  return { period: answer.period, currency, scorecard: answer.items[0]! };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids of `ids=a,b,c`: distinct, each a UUID, at most MAX_SCORECARD_BATCH. */
export function scorecardIds(ids: string): string[] {
  const list = [...new Set(ids.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== ''))];
  if (list.length === 0) throw new DomainError('invalid_contractor_ids', 'Name at least one contractor: ids=<id>,<id>….', { field: 'ids' });
  if (list.length > MAX_SCORECARD_BATCH) throw new DomainError('too_many_contractors', `At most ${MAX_SCORECARD_BATCH} contractors at once; ask for the others in another call.`, { field: 'ids', max: MAX_SCORECARD_BATCH });
  const wrong = list.find((id) => !UUID.test(id));
  if (wrong) throw new DomainError('invalid_contractor_ids', `"${wrong.slice(0, 40)}" is not a contractor's id.`, { field: 'ids' });
  return list;
}

/** Several contractors' scorecards at once, in the order asked; ids not of the agency are left out. */
export async function contractorScorecards(ctx: AppContext, actor: Actor, query: { ids: string; from?: string; to?: string }): Promise<Scorecards> {
  const ids = scorecardIds(query.ids);
  const { timeZone, currency } = await agency(ctx, actor);
  const period = scorecardPeriod(query, ctx.clock.now(), timeZone);
  const found = new Map((await contractorsAmong(ctx.db, actor.organizationId, ids)).map((c) => [c.id, c]));
  const contractors = ids.flatMap((id) => found.get(id) ?? []);
  return compute(ctx, actor, contractors, period, currency);
}
