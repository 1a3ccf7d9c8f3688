// What every scorecard answer is made of: the agency's time zone and currency, the reader's
// scope, the one query, and its rows turned into the figures' shape (zeros for a contractor
// without any dispatch in the period, shares and means null when there is nothing to divide).
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { findOrganization } from '../../db/repositories/users.ts';
import { scorecardRows, type ScorecardRow } from '../../db/repositories/scorecards.ts';
import { ticketScope } from '../../tickets/ticket-access.ts';
import type { ScorecardPeriod } from './scorecard-period.ts';

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

/** The scorecards of `contractors` over `period`, on the tickets the actor may see. */
export async function computeScorecards(ctx: AppContext, actor: Actor, contractors: { id: string; name: string }[], period: ScorecardPeriod, currency: string): Promise<Scorecards> {
  const access = await ticketScope(ctx.db, actor, ctx.clock.now());
  const rows = await scorecardRows(ctx.db, { organizationId: actor.organizationId, contractorIds: contractors.map((c) => c.id), from: period.start, to: period.end, access });
  const byId = new Map(rows.map((row) => [row.contractorId, row]));
  return { period: { from: period.from, to: period.to }, currency, items: contractors.map((c) => scorecardOf(c, byId.get(c.id))) };
}

/** The agency's time zone and currency. */
export async function agencyOf(ctx: AppContext, actor: Actor) {
  const organization = await findOrganization(ctx.db, actor.organizationId);
  return { timeZone: organization?.timezone ?? 'Europe/Paris', currency: organization?.currency ?? 'EUR' };
}

