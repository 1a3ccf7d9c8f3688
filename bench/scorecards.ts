// Scorecard benchmark (PostgreSQL): one contractor with N dispatches over two years (default
// 20,000), each with the history a worked dispatch leaves (sent, accepted, a reminder on one in
// three, a check-in, completion, an invoice; quotes on one in five), feedback on half its tickets,
// and as many dispatches of other contractors beside them; then its scorecard over the last
// twelve months and over two years, and a batch of 50 contractors (the picker), each run R times
// through the use case (the access policy, the period, the one query): median and p95.
// Run: ./node_modules/.bin/node bench/scorecards.ts [dispatches=20000] [runs=30]
// Needs PostgreSQL on 127.0.0.1:5432 (user postgres); creates and drops its own database.
import { sql } from 'drizzle-orm';
import { withDemoDatabase } from './demo-database.ts';
import { loadConfig } from '../src/config.ts';
import { SettableClock } from '../src/context.ts';
import { buildContext } from '../src/runtime/build-context.ts';
import { contractorScorecard } from '../src/reports/scorecards/contractor-scorecard.ts';
import { contractorScorecards } from '../src/reports/scorecards/contractor-scorecards.ts';
import type { Actor } from '../src/auth/actor.ts';
import { scorecardQuery } from '../src/db/repositories/scorecards.ts';

const count = Number(process.argv[2] ?? 20_000);
const runs = Number(process.argv[3] ?? 30);

const now = new Date('2026-12-01T08:00:00Z');
await withDemoDatabase('scorecards', `node bench/scorecards.ts ${count} ${runs}`, async (database, org) => {
  const loadStarted = performance.now();
  const [ids] = (await database.pool!.query(
    `select (select id from users where organization_id = $1 and email = 'manager@demo.gardien.test') as manager,
            (select array_agg(id order by name) from contractors where organization_id = $1) as contractors`, [org])).rows as { manager: string; contractors: string[] }[];
  const target = ids!.contractors[0]!;
  const others = ids!.contractors.slice(1);
  // 2 × count tickets over the last two years, one dispatch each: the even ones to the measured
  // contractor, the odd ones dealt round the others.
  await database.db.execute(sql`
    insert into tickets (organization_id, number, type, status, waiting_on, needs_action, module, property_id, assignee_id, source,
      requested_at, subject, description, reminders, last_handled_at, first_response_due_at, created_at, updated_at)
    select ${org}, 100000 + g, 'ODS', 'closed', 'nobody', false, p.module, p.id, ${ids!.manager}, 'staff', s.at, 'Fuite n°' || g, 'Fuite',
      '{"workOrder":{"every":7,"unit":"days","max":3},"quote":{"every":7,"unit":"days","max":3},"invoice":{"every":7,"unit":"days","max":3},"appointmentHours":48}'::jsonb,
      s.at, s.at, s.at, s.at
    from generate_series(1, ${2 * count}) g
    cross join lateral (select ${now.toISOString()}::timestamptz - (g % 730) * interval '1 day' - (g % 24) * interval '1 hour' as at) s
    cross join lateral (select id, module from properties where organization_id = ${org} order by name limit 1) p`);
  await database.db.execute(sql`
    insert into dispatches (organization_id, ticket_id, position, contractor_id, contractor_name, kind, state, state_changed_at, reminder_base_at,
      appointment_starts_at, completed_at, invoice_amount_cents, created_at, updated_at)
    select t.organization_id, t.id, 1, c.id, c.name, case when t.number % 5 = 0 then 'quote' else 'work_order' end, 'invoice_received', t.created_at, t.created_at,
      t.created_at + interval '2 days', t.created_at + interval '2 days 2 hours', 10000 + (t.number % 50) * 1000, t.created_at, t.created_at
    from tickets t
    cross join lateral (select case when t.number % 2 = 0 then ${target}::uuid else (${sql.raw(`array['${others.join("','")}']::uuid[]`)})[1 + (t.number / 2) % ${others.length}] end as cid) pick
    join contractors c on c.id = pick.cid
    where t.organization_id = ${org} and t.number > 100000`);
  // The history: sent, accepted after some hours, a reminder on one in three, a check-in (late on
  // one in four), completion, the invoice; a quote received and accepted on the quote requests.
  await database.db.execute(sql`
    insert into ticket_events (organization_id, ticket_id, seq, type, actor_type, actor_name, channel, direction, dispatch_id, payload, created_at)
    select d.organization_id, d.ticket_id, e.seq, e.type, 'staff', 'Bench', 'web', 'out', d.id, e.payload, d.created_at + e.after
    from dispatches d join tickets t on t.id = d.ticket_id
    cross join lateral (values
      (1, case when d.kind = 'quote' then 'quote_requested' else 'work_order_sent' end, '{}'::jsonb, interval '0'),
      (2, 'contractor_accepted', '{}'::jsonb, (t.number % 12) * interval '1 hour' + interval '1 hour'),
      (3, case when t.number % 3 = 0 then 'reminder_sent' else 'internal_note' end, '{}'::jsonb, interval '30 minutes'),
      (4, case when d.kind = 'quote' then 'quote_received' else 'internal_note' end, '{}'::jsonb, interval '20 hours'),
      (5, case when d.kind = 'quote' then 'quote_accepted' else 'internal_note' end, '{}'::jsonb, interval '22 hours'),
      (6, 'check_in_answered', jsonb_build_object('presence', case when t.number % 4 = 0 then 'late' else 'on_site' end), interval '2 days' - interval '5 minutes'),
      (7, 'work_completed', '{}'::jsonb, interval '2 days 2 hours'),
      (8, 'invoice_received', '{}'::jsonb, interval '2 days 3 hours')
    ) as e(seq, type, payload, after)
    where d.organization_id = ${org} and t.number > 100000`);
  await database.db.execute(sql`
    insert into ticket_feedback (organization_id, ticket_id, rating, created_at)
    select organization_id, id, (array['good', 'fair', 'bad'])[1 + number % 3], updated_at from tickets where organization_id = ${org} and number > 100000 and number % 4 < 2`);
  await database.db.execute(sql`analyze`);
  const [sizes] = (await database.pool!.query('select (select count(*) from dispatches)::int as dispatches, (select count(*) from ticket_events)::int as events')).rows as { dispatches: number; events: number }[];
  console.log(`loaded ${sizes!.dispatches} dispatches (${count} of the measured contractor), ${sizes!.events} events in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

  const config = loadConfig({ DATA_DIR: '/tmp/gardien-bench-scorecards', LOG_LEVEL: 'silent' });
  const ctx = await buildContext({ db: database.db, databaseKind: 'postgres', config, clock: new SettableClock(now) });
  const actor: Actor = { userId: ids!.manager, organizationId: org, roles: ['manager'], via: 'session' };

  const measure = async (label: string, call: () => Promise<unknown>) => {
    await call(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await call();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
    console.log(`${label}: median ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms (${runs} runs)`);
  };
  const year = await contractorScorecard(ctx, actor, target, {});
  console.log(`the last twelve months: ${year.scorecard.dispatches.total} dispatches, ${Math.round((year.scorecard.accepted.share ?? 0) * 100)} % accepted, ${year.scorecard.feedback.good + year.scorecard.feedback.fair + year.scorecard.feedback.bad} ratings`);
  await measure('one contractor, last twelve months', () => contractorScorecard(ctx, actor, target, {}));
  await measure('one contractor, two years', () => contractorScorecard(ctx, actor, target, { from: '2024-12-01', to: '2026-12-01' }));
  const fifty = Array.from({ length: 50 }, (_, i) => ids!.contractors[i % ids!.contractors.length]!);
  await measure(`the picker's batch (${new Set(fifty).size} contractors, every dispatch)`, () => contractorScorecards(ctx, actor, { ids: [...new Set(fifty)].join(',') }));
  if (process.env.BENCH_EXPLAIN) {
    const q = { organizationId: org, contractorIds: [target], from: new Date('2024-12-01T00:00:00Z'), to: now, access: { kind: 'all' } as const };
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      return tx.execute(sql`explain (analyze, buffers) ${scorecardQuery(q)}`);
    });
    console.log((plan as unknown as { rows: Record<string, string>[] }).rows.map((r) => Object.values(r)[0]).join('\n'));
  }
});
