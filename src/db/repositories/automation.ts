// The queries that find what the automation must do now (DOMAIN.md §7), claiming each item in
// the same statement that finds it: rows locked by someone else are skipped, never waited for,
// so two workers never take the same item and never deadlock with a manager's action.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';

export type AutomationKind = 'reminder' | 'appointment_reminder' | 'check_in_request' | 'completion_request';

export interface DueItem {
  dispatchId: string;
  ticketId: string;
  kind: string;
  state: string;
  remindersSent: number;
  appointmentStartsAt: Date | null;
}

const DUE: Record<AutomationKind, (now: SQL) => SQL> = {
  reminder: (now) => sql`
    cfg.every > 0 and d.reminders_sent < cfg.max
    and d.reminder_base_at + case when cfg.unit = 'hours' then make_interval(hours => cfg.every * (d.reminders_sent + 1))
                                  else make_interval(days => cfg.every * (d.reminders_sent + 1)) end <= ${now}`,
  appointment_reminder: (now) => sql`
    d.state = 'planned' and d.appointment_starts_at is not null and (t.reminders->>'appointmentHours')::int > 0
    and d.appointment_starts_at - make_interval(hours => (t.reminders->>'appointmentHours')::int) <= ${now}
    and ${now} < d.appointment_starts_at
    and d.appointment_reminded_for is distinct from d.appointment_starts_at`,
  check_in_request: (now) => sql`
    t.presence_check and d.state = 'planned' and d.appointment_starts_at is not null
    and d.appointment_starts_at - interval '15 minutes' <= ${now} and ${now} < d.appointment_starts_at + interval '1 hour'
    and d.check_in_requested_for is distinct from d.appointment_starts_at`,
  completion_request: (now) => sql`
    d.state in ('planned', 'on_site') and d.appointment_starts_at is not null
    and d.appointment_starts_at + make_interval(mins => coalesce(d.appointment_duration_minutes, 60) + 5) <= ${now}
    and ${now} < d.appointment_starts_at + make_interval(mins => coalesce(d.appointment_duration_minutes, 60)) + interval '1 day'
    and d.completion_requested_for is distinct from d.appointment_starts_at`,
};

const CLAIM: Record<AutomationKind, SQL> = {
  reminder: sql`reminders_sent = d.reminders_sent + 1`,
  appointment_reminder: sql`appointment_reminded_for = d.appointment_starts_at`,
  check_in_request: sql`check_in_requested_for = d.appointment_starts_at`,
  completion_request: sql`completion_requested_for = d.appointment_starts_at`,
};

/** Claims up to `limit` due items of one kind and returns them (inside the caller's transaction). */
export async function claimDue(db: Db, kind: AutomationKind, now: Date, limit: number): Promise<DueItem[]> {
  const due = DUE[kind](sql`${now.toISOString()}::timestamptz`);
  const result = await db.execute(sql`
    with due as (
      select d.id
      from dispatches d
      join tickets t on t.id = d.ticket_id
      left join lateral (
        select (c->>'every')::int as every, (c->>'max')::int as max, c->>'unit' as unit
        from (select case
          when d.kind = 'work_order' and d.state = 'requested' then t.reminders->'workOrder'
          when d.kind = 'quote' and d.state in ('requested', 'accepted') then t.reminders->'quote'
          when d.kind = 'work_order' and d.state in ('done', 'invoice_requested') then t.reminders->'invoice'
        end as c) picked
      ) cfg on true
      where t.closed_at is null and not t.silent and ${due}
      order by d.id
      limit ${limit}
      for update of d, t skip locked
    )
    update dispatches d set ${CLAIM[kind]}
    from due where d.id = due.id
    returning d.id as "dispatchId", d.ticket_id as "ticketId", d.kind, d.state, d.reminders_sent as "remindersSent", d.appointment_starts_at as "appointmentStartsAt"`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as DueItem[];
  return rows.map((r) => ({ ...r, appointmentStartsAt: r.appointmentStartsAt ? new Date(r.appointmentStartsAt) : null }));
}
