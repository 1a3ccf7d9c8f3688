// The database's own guard against double bookings (migration 0017): two locks of one key on
// overlapping times are refused (an exclusion constraint, on PostgreSQL and on PGlite with
// btree_gist); touching ranges, or another key, are not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let t: TestDatabase;
let bookingIds: string[];
const key = '00000000-0000-4000-8000-00000000000a';
const otherKey = '00000000-0000-4000-8000-00000000000b';

const rows = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];

beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.database.db;
  const [place] = rows(await db.execute(sql`select p.id as property_id, p.organization_id, (select id from persons where organization_id = p.organization_id limit 1) as person_id from properties p limit 1`));
  const [resource] = rows(await db.execute(sql`insert into bookable_resources (organization_id, property_id, name, kind, created_at, updated_at)
    values (${place!.organization_id}, ${place!.property_id}, 'Salle commune', 'common_room', now(), now()) returning id`));
  bookingIds = [];
  for (let i = 0; i < 4; i++) {
    const [booking] = rows(await db.execute(sql`insert into bookings (organization_id, resource_id, person_id, starts_at, ends_at, state, created_at, updated_at)
      values (${place!.organization_id}, ${resource!.id}, ${place!.person_id}, now(), now() + interval '1 hour', 'confirmed', now(), now()) returning id`));
    bookingIds.push(booking!.id!);
  }
});
afterAll(() => t?.drop());

const lock = (bookingId: string, lockKey: string, from: string, to: string) =>
  t.database.db.execute(sql`insert into booking_locks (booking_id, lock_key, during) values (${bookingId}, ${lockKey}, tstzrange(${from}::timestamptz, ${to}::timestamptz))`);

/** The SQLSTATE of a failed statement (drizzle wraps the driver's error in `cause`). */
async function sqlState(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
    return undefined;
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code;
  }
}

describe('booking locks', () => {
  it('when a second lock of one key overlaps the first, then the database refuses it; touching times and another key pass', async () => {
    await lock(bookingIds[0]!, key, '2026-12-10T10:00:00Z', '2026-12-10T12:00:00Z');
    expect(await sqlState(lock(bookingIds[1]!, key, '2026-12-10T11:30:00Z', '2026-12-10T13:00:00Z'))).toBe('23P01');
    await lock(bookingIds[2]!, key, '2026-12-10T12:00:00Z', '2026-12-10T13:00:00Z');
    await lock(bookingIds[3]!, otherKey, '2026-12-10T10:30:00Z', '2026-12-10T11:30:00Z');
    const held = rows(await t.database.db.execute(sql`select count(*)::int as n from booking_locks where lock_key in (${key}, ${otherKey})`));
    expect(Number(held[0]!.n)).toBe(3);
  });
});
