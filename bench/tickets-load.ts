// Bulk data for bench/tickets.ts: N bench agencies (one manager, a few properties, units and
// contractors each) and set-based generation of tickets, dispatches and history on a freshly
// migrated database. Everything big is made by `insert … select … from generate_series` inside
// the database; JavaScript only supplies small vocabularies (folded with foldText, the rule the
// app uses for search documents) and the status of each "profile", derived by the domain's own
// functions so that stored statuses are ones the app would have computed.
import { randomUUID } from 'node:crypto';
import { foldText } from '../src/domain/search-text.ts';
import { ticketStatus, waitingOn, needsAction } from '../src/domain/tickets/ticket-status.ts';
import type { DispatchKind, DispatchState, TicketType } from '../src/domain/tickets/codes.ts';
import { ticketAmount } from '../src/domain/tickets/ticket-amount.ts';
import type { DispatchRow } from '../src/db/repositories/tickets.ts';
import { DEFAULT_REMINDERS } from '../src/domain/settings.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { demoContractors } from '../src/demo/demo-agency.ts';

/** Runs one statement and returns its rows (a dedicated connection: session settings stick). */
export type Exec = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export const BENCH_PASSWORD = 'gardien-bench';
export const bigOrgSlug = 'bench-000';
export const bigOrgManagerEmail = 'manager@bench-000.gardien.test';

export interface LoadOptions {
  tickets: number;
  orgs: number;
  /** Share of all tickets held by the big organization (bench-000). */
  bigShare: number;
  kind: 'postgres' | 'pglite';
  log: (line: string) => void;
}

// ---------------------------------------------------------------- vocabulary (French)

const SUBJECTS = [
  "Fuite d'eau dans la cuisine", 'Fuite sur canalisation en cave', 'Fuite en toiture', 'Fuite au plafond de la salle de bain',
  'Fuite sur le chauffe-eau', 'Panne de chauffage', 'Chauffage collectif en panne', 'Radiateur froid dans la chambre',
  'Chaudière en défaut', 'Ascenseur bloqué', 'Ascenseur en panne au 3e étage', "Serrure de la porte d'entrée cassée",
  'Changement de serrure', 'Vitre brisée dans le hall', 'Vitre fêlée au salon', 'Infiltration par la façade',
  'Infiltration en sous-sol', "Panne d'électricité dans les parties communes", "Panne de l'éclairage du parking",
  'Moisissure dans la salle de bain', 'Moisissure sur les murs de la chambre', 'Interphone hors service',
  "L'interphone ne sonne plus", 'Porte de garage bloquée', 'Porte de garage qui ne ferme plus', 'Nuisibles dans les caves',
  'Dégât des eaux chez le voisin', 'Volet roulant coincé', 'Évier bouché', 'Ménage des parties communes à reprendre',
];

const SENTENCES = [
  'Le locataire signale le problème depuis lundi dans la cuisine.', 'La gardienne a constaté les dégâts ce matin.',
  'Intervention urgente demandée par le conseil syndical.', 'Le problème touche la salle de bain et le couloir.',
  "Des traces d'humidité apparaissent au plafond de la cuisine.", "Merci de prévoir un passage rapide, l'occupante est âgée.",
  "L'accès se fait par le code 4512B, les clés sont chez la gardienne.", 'Le voisin du dessous se plaint également.',
  'Prévoir un devis avant toute intervention importante.', 'Situation récurrente, troisième signalement cette année.',
  'Photos jointes par le résident.', 'Le bruit est important la nuit.', "La chambre n'est plus utilisable.",
  "Le hall d'entrée est concerné.", 'Le problème se situe au sous-sol, près des caves.', 'Contacter le locataire avant de passer.',
  'Odeur persistante signalée par plusieurs occupants.', 'Travaux à coordonner avec le syndic.',
  "Le compteur d'eau tourne en permanence.", 'Risque pour la sécurité des occupants.',
];

const FIRST_NAMES = ['Hélène', 'Marc', 'Nadia', 'Georges', 'Claire', 'Thomas', 'Léa', 'Jean-Pierre', 'Sarah', 'Karim', 'Odile', 'Émile', 'Chloé', 'Raphaël', 'Inès', 'François'];
const LAST_NAMES = ['Rousseau', 'Lefebvre', 'Benali', 'Petit', 'Fontaine', 'Girard', 'Moreau', 'Durand', 'Cohen', 'Haddad', 'Marchand', 'Nguyen', 'Lemaître', 'Gauthier', 'Bérard', 'Müller'];

const PROPERTY_NAMES = [
  'Résidence Les Tilleuls', 'Le Clos Saint-Jean', 'Immeuble Voltaire', 'Résidence du Parc', 'Les Jardins de Fourvière',
  'Villa Montplaisir', 'Le Carré Bellecour', 'Résidence Pasteur', 'Les Terrasses du Rhône', 'Le Grand Pavois',
  'Résidence Victor Hugo', 'Les Hauts de la Croix-Rousse', 'Le Patio Gambetta', 'Résidence Jean Jaurès',
  'Les Balcons de Saône', 'Le Clos des Vignes', 'Résidence Lamartine', 'Les Allées Foch', 'Le Belvédère', 'Résidence des Marronniers',
];
const STREETS = ['rue de la République', 'avenue Jean Jaurès', 'boulevard des Belges', 'rue Garibaldi', 'cours Lafayette', 'rue Paul Bert', 'quai Saint-Vincent', 'montée de la Grande Côte'];
const CITIES = [['Lyon', '69003'], ['Villeurbanne', '69100'], ['Paris', '75011'], ['Grenoble', '38000'], ['Annecy', '74000'], ['Saint-Étienne', '42000']] as const;
const SOURCES = ['staff', 'staff', 'email', 'email', 'phone', 'phone', 'portal', 'webform', 'sms', 'inspection'];

// ---------------------------------------------------------------- ticket profiles

type Profile = [TicketType, DispatchState[], number];
// Open tickets: what is awaited at each step (weights are relative).
const OPEN: Profile[] = [
  ['ODS', ['requested'], 12], ['ODS', ['accepted'], 5], ['ODS', ['planned'], 10], ['ODS', ['done'], 4],
  ['ODS', ['invoice_requested'], 8], ['ODS', ['invoice_received'], 3], ['ODS', ['refused'], 2],
  ['DS', ['requested'], 6], ['DS', ['quote_received'], 4], ['DS', ['approval_requested'], 3], ['DS', ['approved'], 2],
  ['ODSM', ['requested', 'planned'], 6], ['ODSM', ['planned', 'planned'], 5], ['ODSM', ['done', 'requested'], 3], ['ODSM', ['invoice_requested', 'planned'], 3],
  ['DM', ['requested', 'requested'], 6], ['DM', ['quote_received', 'requested'], 4], ['DM', ['quote_received', 'quote_received'], 3],
  ['DM', ['approval_requested', 'not_retained'], 2],
  ['PENDING', [], 8],
];
// Closed tickets: how they usually end.
const CLOSED: Profile[] = [
  ['ODS', ['invoice_received'], 40], ['ODS', ['cancelled'], 5], ['DS', ['approved'], 12], ['DS', ['disapproved'], 3],
  ['ODSM', ['invoice_received', 'invoice_received'], 17], ['DM', ['approved', 'not_retained'], 15], ['PENDING', [], 8],
];

const QUOTE_FIGURES: DispatchState[] = ['quote_received', 'approval_requested', 'approved', 'disapproved', 'not_retained'];
const APPOINTED: DispatchState[] = ['planned', 'on_site', 'done', 'invoice_requested', 'invoice_received'];
const DONE: DispatchState[] = ['done', 'invoice_requested', 'invoice_received'];

function profiles() {
  const rows: Record<string, unknown>[] = [];
  const dispatchRows: Record<string, unknown>[] = [];
  let id = 0;
  for (const [closed, list] of [[false, OPEN], [true, CLOSED]] as const) {
    const total = list.reduce((sum, p) => sum + p[2], 0);
    let lo = 0;
    for (const [i, [type, states, weight]] of list.entries()) {
      id += 1;
      const kind: DispatchKind = type === 'DS' || type === 'DM' ? 'quote' : 'work_order';
      const dispatches = states.map((state) => ({ kind, state }));
      const facts = { type, closed, unreadCount: 0 };
      // ticketAmount over dispatches whose amounts are 1 gives how many base amounts count.
      const unit = dispatches.map((d) => ({
        ...d,
        quoteAmountCents: d.kind === 'quote' && QUOTE_FIGURES.includes(d.state) ? 1 : null,
        invoiceAmountCents: d.state === 'invoice_received' ? 1 : null,
      })) as unknown as DispatchRow[];
      const hi = lo + weight / total;
      rows.push({
        // The last profile of each group also takes the rounding left over below 1.
        id, closed, lo, hi: i === list.length - 1 ? 2 : hi, type, kind,
        status: ticketStatus(facts, dispatches), waiting_on: waitingOn(facts, dispatches), needs_action: needsAction(facts, dispatches),
        n_dispatches: states.length, close_reason: type === 'PENDING' ? 'request_cancelled' : 'closed', amount_mult: ticketAmount(unit),
      });
      states.forEach((state, d) => {
        dispatchRows.push({
          profile: id, position: d + 1, kind, state,
          has_ack: !['requested', 'refused', 'cancelled'].includes(state), has_appt: kind === 'work_order' && APPOINTED.includes(state),
          has_done: kind === 'work_order' && DONE.includes(state), has_quote: kind === 'quote' && QUOTE_FIGURES.includes(state),
          has_invoice: state === 'invoice_received',
        });
      });
      lo = hi;
    }
  }
  return { rows, dispatchRows };
}

// ---------------------------------------------------------------- master data

interface Org {
  idx: number;
  id: string;
  managerId: string;
  managerName: string;
}

function masterData(orgCount: number, passwordHash: string) {
  const orgs: Org[] = [];
  const organizations: Record<string, unknown>[] = [];
  const users: Record<string, unknown>[] = [];
  const properties: Record<string, unknown>[] = [];
  const units: Record<string, unknown>[] = [];
  const contractors: Record<string, unknown>[] = [];
  const benchOrg: Record<string, unknown>[] = [];
  const benchPlace: Record<string, unknown>[] = [];
  const benchContractor: Record<string, unknown>[] = [];
  for (let idx = 0; idx < orgCount; idx++) {
    const tag = String(idx).padStart(3, '0');
    const org: Org = {
      idx, id: randomUUID(), managerId: randomUUID(),
      managerName: `${FIRST_NAMES[idx % FIRST_NAMES.length]} ${LAST_NAMES[(idx * 7 + 3) % LAST_NAMES.length]}`,
    };
    orgs.push(org);
    organizations.push({ id: org.id, name: `Agence Bench ${tag}`, slug: `bench-${tag}` });
    users.push({ id: org.managerId, organization_id: org.id, email: `manager@bench-${tag}.gardien.test`, name: org.managerName, password_hash: passwordHash });
    // The big agency (idx 0) manages more buildings than the others.
    const propertyCount = idx === 0 ? 40 : 5;
    let k = 0;
    for (let p = 0; p < propertyCount; p++) {
      const [city, postalCode] = CITIES[(idx + p) % CITIES.length]!;
      const syndic = (idx + p) % 3 !== 0;
      const property = {
        id: randomUUID(), organization_id: org.id, external_ref: `B${tag}-P${String(p + 1).padStart(2, '0')}`,
        name: `${PROPERTY_NAMES[(idx * 3 + p) % PROPERTY_NAMES.length]}${p >= PROPERTY_NAMES.length ? ` ${Math.floor(p / PROPERTY_NAMES.length) + 1}` : ''}`,
        kind: syndic ? 'coownership' : 'building', module: syndic ? 'syndic' : 'gerance',
        address_line: `${1 + ((idx * 13 + p * 7) % 120)} ${STREETS[(idx + p * 5) % STREETS.length]}`, postal_code: postalCode, city, manager_id: org.managerId,
      };
      properties.push(property);
      const placeWords = [property.name, property.address_line, property.city, property.external_ref];
      // The common parts (no unit), then each unit.
      benchPlace.push({ org_idx: idx, k: k++, property_id: property.id, unit_id: null, module: property.module, words: foldText(placeWords.join(' ')) });
      const unitCount = 3 + ((idx + p) % 4);
      for (let u = 0; u < unitCount; u++) {
        const reference = `${String.fromCharCode(65 + (p % 26))}${String(u + 1).padStart(2, '0')}`;
        const unit = { id: randomUUID(), organization_id: org.id, property_id: property.id, reference, floor: u === 0 ? 'RDC' : `${u}e`, description: 'Logement' };
        units.push(unit);
        benchPlace.push({ org_idx: idx, k: k++, property_id: property.id, unit_id: unit.id, module: property.module, words: foldText([...placeWords, reference].join(' ')) });
      }
    }
    demoContractors.forEach((c, i) => {
      const id = randomUUID();
      contractors.push({ id, organization_id: org.id, external_ref: `B${tag}-${c.ref}`, name: c.name, trades: c.trades, emails: c.emails, phones: c.phones, preferred_channels: c.preferredChannels });
      benchContractor.push({ org_idx: idx, k: i, id, name: c.name, folded: foldText(c.name), emails: c.emails, phones: c.phones, channels: c.preferredChannels });
    });
    benchOrg.push({ idx, id: org.id, manager_id: org.managerId, manager_name: org.managerName, n_places: k, n_contractors: demoContractors.length });
  }
  return { orgs, organizations, users, properties, units, contractors, benchOrg, benchPlace, benchContractor };
}

// ---------------------------------------------------------------- loading

async function timed<T>(log: (line: string) => void, label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  log(`  ${label.padEnd(52)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`);
  return result;
}

const LOADED_TABLES = ['tickets', 'dispatches', 'ticket_events'];

/** Loads the bench agencies and their tickets; returns the phases' durations in seconds. */
export async function loadBenchData(exec: Exec, options: LoadOptions): Promise<{ totalSeconds: number }> {
  const { log } = options;
  const started = performance.now();
  if (options.orgs < 2) throw new Error('--orgs must be at least 2 (one big agency and the others).');
  if (options.kind === 'postgres') {
    await exec('set synchronous_commit = off');
    await exec("set work_mem = '256MB'");
    await exec("set maintenance_work_mem = '1GB'");
  } else {
    await exec("set work_mem = '64MB'");
    await exec("set maintenance_work_mem = '256MB'");
  }
  await exec('select setseed(0.42)');

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const data = masterData(options.orgs, passwordHash);
  const json = (rows: unknown[]) => [JSON.stringify(rows)];
  await timed(log, `master data (${options.orgs} agencies, ${data.properties.length} properties, ${data.units.length} units)`, async () => {
    await exec('insert into organizations (id, name, slug) select id, name, slug from json_to_recordset($1::json) as x(id uuid, name text, slug text)', json(data.organizations));
    await exec(
      `insert into users (id, organization_id, email, name, password_hash, roles)
       select id, organization_id, email, name, password_hash, array['manager'] from json_to_recordset($1::json) as x(id uuid, organization_id uuid, email text, name text, password_hash text)`,
      json(data.users),
    );
    await exec(
      `insert into properties (id, organization_id, external_ref, name, kind, module, address_line, postal_code, city, manager_id)
       select * from json_to_recordset($1::json) as x(id uuid, organization_id uuid, external_ref text, name text, kind text, module text, address_line text, postal_code text, city text, manager_id uuid)`,
      json(data.properties),
    );
    await exec(
      `insert into units (id, organization_id, property_id, reference, floor, description)
       select * from json_to_recordset($1::json) as x(id uuid, organization_id uuid, property_id uuid, reference text, floor text, description text)`,
      json(data.units),
    );
    await exec(
      `insert into contractors (id, organization_id, external_ref, name, trades, emails, phones, preferred_channels)
       select * from json_to_recordset($1::json) as x(id uuid, organization_id uuid, external_ref text, name text, trades text[], emails text[], phones text[], preferred_channels text[])`,
      json(data.contractors),
    );
  });

  // Small helper tables the generator joins; dropped at the end.
  const { rows: profileRows, dispatchRows } = profiles();
  const requesters = Array.from({ length: 40 }, (_, k) => {
    const name = `${FIRST_NAMES[k % FIRST_NAMES.length]} ${LAST_NAMES[(k * 5 + 1) % LAST_NAMES.length]}`;
    const email = `${foldText(name).replace(/[^a-z]+/g, '.')}@example.fr`;
    return { k, name, folded: foldText(name), email, phone: `+33 6 ${String(10 + k).padStart(2, '0')} 20 30 40` };
  });
  const helpers: [string, string, unknown[]][] = [
    ['bench_org', 'idx int, id uuid, manager_id uuid, manager_name text, n_places int, n_contractors int', data.benchOrg],
    ['bench_place', 'org_idx int, k int, property_id uuid, unit_id uuid, module text, words text', data.benchPlace],
    ['bench_contractor', 'org_idx int, k int, id uuid, name text, folded text, emails text[], phones text[], channels text[]', data.benchContractor],
    ['bench_profile', 'id int, closed boolean, lo float8, hi float8, type text, kind text, status text, waiting_on text, needs_action boolean, n_dispatches int, close_reason text, amount_mult int', profileRows],
    ['bench_profile_dispatch', 'profile int, position int, kind text, state text, has_ack boolean, has_appt boolean, has_done boolean, has_quote boolean, has_invoice boolean', dispatchRows],
    ['bench_subject', 'k int, subject text, folded text', SUBJECTS.map((subject, k) => ({ k, subject, folded: foldText(subject) }))],
    ['bench_sentence', 'k int, sentence text, folded text', SENTENCES.map((sentence, k) => ({ k, sentence, folded: foldText(sentence) }))],
    ['bench_requester', 'k int, name text, folded text, email text, phone text', requesters],
    ['bench_source', 'k int, source text', SOURCES.map((source, k) => ({ k, source }))],
  ];
  for (const [name, columns, rows] of helpers) {
    await exec(`drop table if exists ${name}`);
    await exec(`create unlogged table ${name} (${columns})`);
    await exec(`insert into ${name} select * from json_to_recordset($1::json) as x(${columns})`, json(rows));
  }

  // Bulk-load without the secondary indexes and constraints, then rebuild them from the
  // definitions read back from the catalogue (so the schema ends exactly as migrated).
  const tableList = LOADED_TABLES.map((t) => `'${t}'::regclass`).join(', ');
  const constraints = await exec(
    `select format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) as add_sql,
            format('alter table %s drop constraint %I', conrelid::regclass, conname) as drop_sql, contype::text as type
       from pg_constraint
      where (contype = 'p' and conrelid in (${tableList})) or (contype = 'f' and (conrelid in (${tableList}) or confrelid in (${tableList})))`,
  );
  const indexes = await exec(
    `select indexdef, format('drop index %I', indexname) as drop_sql from pg_indexes
      where schemaname = 'public' and tablename in (${LOADED_TABLES.map((t) => `'${t}'`).join(', ')})
        and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))`,
  );
  const foreign = constraints.filter((c) => c.type === 'f');
  const primary = constraints.filter((c) => c.type === 'p');
  await timed(log, `drop ${foreign.length} foreign keys, ${primary.length} primary keys, ${indexes.length} indexes`, async () => {
    for (const c of foreign) await exec(String(c.drop_sql));
    for (const c of primary) await exec(String(c.drop_sql));
    for (const i of indexes) await exec(String(i.drop_sql));
  });

  const now = new Date().toISOString();
  const others = options.orgs - 1;
  await timed(log, `draw ${options.tickets} tickets (bench_t)`, () =>
    exec(`create unlogged table bench_t as
      with s as materialized (
        select g,
          case when random() < ${options.bigShare} then 0 else 1 + floor(random() * ${others})::int end as org_idx,
          random() as r_age, random() as r_closed, random() as r_profile, random() as r_place, random() as r_subj,
          random() as r_d1, random() as r_d2, random() as r_req, random() as r_c1, random() as r_c2, random() as r_span,
          random() as r_src, random() as r_amount, random() as r_ev, random() as r_misc, random() as r_asg
        from generate_series(1, ${options.tickets}) g
      ), x as (
        select s.*, '${now}'::timestamptz - s.r_age * interval '1095 days' as created_at,
          case when s.r_age * 1095 > 60 then s.r_closed < 0.74 else s.r_closed < 0.10 end as closed
        from s
      )
      select x.g, x.org_idx, o.id as org_id, p.id as profile, x.closed, x.created_at,
        row_number() over (partition by x.org_idx order by x.created_at, x.g)::int as number,
        case when x.closed then least('${now}'::timestamptz, x.created_at + x.r_span * interval '45 days')
             else x.created_at + x.r_span * ('${now}'::timestamptz - x.created_at) end as updated_at,
        floor(x.r_place * o.n_places)::int as place_k,
        floor(x.r_subj * ${SUBJECTS.length})::int as subj_k,
        floor(x.r_d1 * ${SENTENCES.length})::int as d1_k,
        floor(x.r_d2 * ${SENTENCES.length})::int as d2_k,
        case when x.r_req < 0.8 then floor(x.r_req / 0.8 * ${requesters.length})::int end as req_k,
        floor(x.r_c1 * o.n_contractors)::int as c1_k,
        (floor(x.r_c1 * o.n_contractors)::int + 1 + floor(x.r_c2 * (o.n_contractors - 1))::int) % o.n_contractors as c2_k,
        floor(x.r_src * ${SOURCES.length})::int as src_k,
        (5000 + floor(x.r_amount * 250000))::bigint as amount_base,
        4 + floor(x.r_ev * 5)::int as n_events,
        x.r_misc, x.r_asg < 0.9 as assigned,
        case when p.n_dispatches >= 1 then gen_random_uuid() end as d1_id,
        case when p.n_dispatches >= 2 then gen_random_uuid() end as d2_id,
        gen_random_uuid() as id
      from x join bench_org o on o.idx = x.org_idx
      join bench_profile p on p.closed = x.closed and x.r_profile >= p.lo and x.r_profile < p.hi`),
  );

  const reminders = JSON.stringify(DEFAULT_REMINDERS).replace(/'/g, "''");
  await timed(log, 'insert tickets (with search documents)', () =>
    exec(`insert into tickets (id, organization_id, number, type, status, waiting_on, needs_action, closed_at, close_reason, module,
        property_id, unit_id, assignee_id, created_by_id, requester_name, requester_email, requester_phone, source, requested_at,
        subject, description, original_description, amount_cents, presence_check, visibility, reminders, unread_count,
        last_handled_at, first_response_due_at, first_responded_at, time_spent_seconds, search, created_at, updated_at)
      select t.id, t.org_id, t.number, p.type, p.status, p.waiting_on, p.needs_action,
        case when t.closed then t.updated_at end, case when t.closed then p.close_reason end, pl.module,
        pl.property_id, pl.unit_id, case when t.assigned then o.manager_id end, o.manager_id,
        rq.name, rq.email, rq.phone, src.source, t.created_at - t.r_misc * interval '2 hours',
        su.subject, s1.sentence || ' ' || s2.sentence, case when src.source = 'email' then s1.sentence else '' end,
        case when p.amount_mult is not null then p.amount_mult * t.amount_base end,
        p.kind = 'quote', 'requester', '${reminders}'::jsonb, 0,
        t.updated_at, t.created_at - t.r_misc * interval '2 hours' + interval '24 hours',
        case when t.closed or p.type <> 'PENDING' then least(t.updated_at, t.created_at + t.r_misc * interval '6 hours') end,
        case when t.closed then floor(t.r_misc * 1800)::int else 0 end,
        (select coalesce(array_to_tsvector(array_agg(left(t.org_id::text, 8) || '~' || w.lexeme)), ''::tsvector)
          from unnest(to_tsvector('french', concat_ws(' ', t.number::text, su.folded, s1.folded || ' ' || s2.folded,
            case when src.source = 'email' then s1.folded else '' end, coalesce(rq.folded, ''), pl.words,
            coalesce(c1.folded, ''), coalesce(c2.folded, '')))) w),
        t.created_at, t.updated_at
      from bench_t t
      join bench_org o on o.idx = t.org_idx
      join bench_profile p on p.id = t.profile
      join bench_place pl on pl.org_idx = t.org_idx and pl.k = t.place_k
      join bench_subject su on su.k = t.subj_k
      join bench_sentence s1 on s1.k = t.d1_k
      join bench_sentence s2 on s2.k = t.d2_k
      join bench_source src on src.k = t.src_k
      left join bench_requester rq on rq.k = t.req_k
      left join bench_contractor c1 on p.n_dispatches >= 1 and c1.org_idx = t.org_idx and c1.k = t.c1_k
      left join bench_contractor c2 on p.n_dispatches >= 2 and c2.org_idx = t.org_idx and c2.k = t.c2_k
      order by t.created_at`),
  );

  await timed(log, 'insert dispatches', () =>
    exec(`insert into dispatches (id, organization_id, ticket_id, position, contractor_id, contractor_name, emails, phones, channels,
        kind, state, state_changed_at, acknowledged_at, appointment_starts_at, appointment_duration_minutes, quote_amount_cents,
        quote_valid_until, completion_comment, completed_at, invoice_amount_cents, created_at, updated_at)
      select case pd.position when 1 then t.d1_id else t.d2_id end, t.org_id, t.id, pd.position, c.id, c.name, c.emails, c.phones, c.channels,
        pd.kind, pd.state, t.updated_at,
        case when pd.has_ack then least(t.updated_at, t.created_at + interval '1 day') end,
        case when pd.has_appt then t.created_at + interval '3 days' + t.r_misc * interval '8 hours' end,
        case when pd.has_appt then 60 end,
        case when pd.has_quote then t.amount_base end,
        case when pd.has_quote then (t.created_at + interval '90 days')::date end,
        case when pd.has_done then 'Intervention réalisée.' end,
        case when pd.has_done then least(t.updated_at, t.created_at + interval '5 days') end,
        case when pd.has_invoice then t.amount_base end,
        t.created_at, t.updated_at
      from bench_t t
      join bench_profile_dispatch pd on pd.profile = t.profile
      join bench_contractor c on c.org_idx = t.org_idx and c.k = case pd.position when 1 then t.c1_k else t.c2_k end
      order by t.created_at, pd.position`),
  );

  // History: created, the work orders / quote requests sent, notes and messages, closed.
  await timed(log, 'insert ticket events (4–8 per ticket)', () =>
    exec(`insert into ticket_events (organization_id, ticket_id, seq, type, actor_type, actor_user_id, actor_name, dispatch_id,
        channel, direction, internal, payload, created_at)
      select t.org_id, t.id, e.seq, e.ty,
        case when e.ty = 'message_received' then 'contractor' else 'staff' end,
        case when e.ty = 'message_received' then null else o.manager_id end,
        case when e.ty = 'message_received' then c1.name else o.manager_name end,
        case when e.ty in ('work_order_sent', 'quote_requested') then (case when e.seq = 3 then t.d2_id else t.d1_id end)
             when e.ty in ('message_sent', 'message_received', 'reminder_sent') then t.d1_id end,
        case when e.ty = 'message_received' then 'email' else 'web' end,
        case when e.ty = 'message_received' then 'in' else 'out' end,
        e.ty = 'internal_note',
        case e.ty
          when 'ticket_created' then jsonb_build_object('type', p.type, 'subject', su.subject, 'assigneeId', o.manager_id, 'routingRule', null)
          when 'work_order_sent' then jsonb_build_object('contractor', case when e.seq = 3 then c2.name else c1.name end, 'channels', c1.channels)
          when 'quote_requested' then jsonb_build_object('contractor', case when e.seq = 3 then c2.name else c1.name end, 'channels', c1.channels)
          when 'internal_note' then jsonb_build_object('html', '<p>' || s1.sentence || '</p>')
          when 'message_sent' then jsonb_build_object('to', c1.name, 'subject', su.subject, 'body', s2.sentence)
          when 'message_received' then jsonb_build_object('subject', 'RE: ' || su.subject, 'body', 'Bien reçu, nous passons cette semaine.')
          when 'reminder_sent' then jsonb_build_object('manual', true, 'channels', c1.channels, 'state', 'requested')
          when 'ticket_closed' then jsonb_build_object('comment', null)
          else '{}'::jsonb
        end,
        t.created_at + (t.updated_at - t.created_at) * ((e.seq - 1)::float8 / (t.n_events - 1))
      from bench_t t
      join bench_org o on o.idx = t.org_idx
      join bench_profile p on p.id = t.profile
      join bench_subject su on su.k = t.subj_k
      join bench_sentence s1 on s1.k = t.d1_k
      join bench_sentence s2 on s2.k = t.d2_k
      left join bench_contractor c1 on p.n_dispatches >= 1 and c1.org_idx = t.org_idx and c1.k = t.c1_k
      left join bench_contractor c2 on p.n_dispatches >= 2 and c2.org_idx = t.org_idx and c2.k = t.c2_k
      cross join lateral (
        select g2 as seq,
          case
            when g2 = 1 then 'ticket_created'
            when g2 = t.n_events and t.closed then case when p.type = 'PENDING' then 'request_cancelled' else 'ticket_closed' end
            when g2 = 2 and p.n_dispatches >= 1 then case when p.kind = 'quote' then 'quote_requested' else 'work_order_sent' end
            when g2 = 3 and p.n_dispatches >= 2 then case when p.kind = 'quote' then 'quote_requested' else 'work_order_sent' end
            when p.n_dispatches = 0 then 'internal_note'
            else (array['internal_note', 'message_sent', 'message_received', 'reminder_sent', 'internal_note', 'message_sent'])[1 + (g2 + t.g) % 6]
          end as ty
        from generate_series(1, t.n_events) g2
      ) e
      order by 13`),
  );

  await exec('insert into ticket_counters (organization_id, last_number) select organization_id, max(number) from tickets group by organization_id');
  for (const [name] of helpers) await exec(`drop table ${name}`);
  await exec('drop table bench_t');

  await timed(log, `rebuild ${primary.length} primary keys and ${indexes.length} indexes`, async () => {
    for (const c of primary) await exec(String(c.add_sql));
    for (const i of indexes) await exec(String(i.indexdef));
  });
  await timed(log, `restore and validate ${foreign.length} foreign keys`, async () => {
    for (const c of foreign) await exec(String(c.add_sql));
  });
  await timed(log, 'vacuum analyze', () => exec('vacuum analyze'));
  const totalSeconds = (performance.now() - started) / 1000;
  log(`  ${'total load'.padEnd(52)} ${totalSeconds.toFixed(1).padStart(7)} s`);
  return { totalSeconds };
}
