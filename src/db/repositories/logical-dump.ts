// The logical export of a PostgreSQL database, for when pg_dump is missing or older than the
// server: every table of the public schema as JSON lines (PostgreSQL's own row_to_json, so every
// type reads back exactly through json_populate_recordset), read through a cursor inside the
// caller's REPEATABLE READ READ ONLY transaction (one snapshot), and the sequences' positions.
// Loading goes into a database migrated to the same schema: foreign keys are dropped, the rows
// inserted table by table, the keys added back (and so checked), the sequences set, in one
// transaction.
import type pg from 'pg';

const FETCH_ROWS = 2000;
const INSERT_ROWS = 500;

export interface SequencePosition {
  name: string;
  /** null when the sequence was never used. */
  lastValue: number | null;
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Each row of `table` as one JSON text, in batches read through a cursor. */
export async function* exportTableRows(client: pg.PoolClient, table: string): AsyncIterable<string> {
  const cursor = ident(`backup_${table}`);
  await client.query(`declare ${cursor} no scroll cursor for select row_to_json(t)::text as j from ${ident(table)} t`);
  try {
    for (;;) {
      const batch = await client.query<{ j: string }>(`fetch ${FETCH_ROWS} from ${cursor}`);
      for (const row of batch.rows) yield row.j;
      if (batch.rows.length < FETCH_ROWS) break;
    }
  } finally {
    await client.query(`close ${cursor}`);
  }
}

/** The public schema's sequences and where they stand. */
export async function sequencePositions(client: pg.PoolClient): Promise<SequencePosition[]> {
  const result = await client.query<{ name: string; last_value: string | number | null }>(
    `select sequencename as name, last_value from pg_sequences where schemaname = 'public' order by sequencename`,
  );
  return result.rows.map((r) => ({ name: r.name, lastValue: r.last_value === null ? null : Number(r.last_value) }));
}

export interface TableRows {
  table: string;
  lines: AsyncIterable<string>;
}

/** Loads the rows of `tables` and sets the sequences, in one transaction of `client`. */
export async function loadTables(client: pg.PoolClient, tables: AsyncIterable<TableRows>, sequences: SequencePosition[]): Promise<void> {
  await client.query('begin');
  try {
    const keys = await client.query<{ tbl: string; name: string; def: string }>(`
      select c.conrelid::regclass::text as tbl, c.conname as name, pg_get_constraintdef(c.oid) as def
      from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`);
    for (const key of keys.rows) await client.query(`alter table ${key.tbl} drop constraint ${ident(key.name)}`);
    for await (const { table, lines } of tables) {
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await client.query(`insert into ${ident(table)} overriding system value select * from json_populate_recordset(null::${ident(table)}, $1::json)`, [`[${batch.join(',')}]`]);
        batch = [];
      };
      for await (const line of lines) {
        batch.push(line);
        if (batch.length >= INSERT_ROWS) await flush();
      }
      await flush();
    }
    for (const key of keys.rows) await client.query(`alter table ${key.tbl} add constraint ${ident(key.name)} ${key.def}`);
    for (const sequence of sequences) {
      if (sequence.lastValue === null) continue;
      await client.query('select setval($1::regclass, $2, true)', [ident(sequence.name), sequence.lastValue]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
