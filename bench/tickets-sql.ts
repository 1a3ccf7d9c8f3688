// Records the SQL statements a request sends (text, parameters, driver options, which connection,
// when each started and ended), and replays them straight through the pool or PGlite, with the
// same concurrency: statements that overlapped in time go out together, a transaction's go one
// after the other on one connection. So "bare SQL" is the request's own statements with the
// application (Fastify, auth logic, Drizzle's mapping, serialization) taken away.
import pg from 'pg';
import type { PGlite, Transaction } from '@electric-sql/pglite';

export interface Statement {
  text: string;
  values: unknown[];
  /** The driver's query options as the app passed them (row mode, type parsers). */
  config: unknown;
  /** Inside a transaction (PostgreSQL: begin … commit included). */
  tx: boolean;
  t0: number;
  t1: number;
}

export type Step = { kind: 'batch' | 'tx'; statements: Statement[] };

let sink: Statement[] | undefined;

/** Runs `fn` and returns it with every statement sent while it ran. */
export async function capture<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  sink = statements;
  try {
    return { result: await fn(), statements };
  } finally {
    sink = undefined;
  }
}

const inTransaction = new WeakSet<object>();
let pgInstalled = false;

/** Hooks node-postgres' Client#query (the pool's queries go through it too). */
export function installPgCapture(): void {
  if (pgInstalled) return;
  pgInstalled = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: object, ...args: unknown[]) {
    const target = sink;
    if (!target) return original.apply(this, args);
    const [config, second] = args;
    const text = typeof config === 'string' ? config : String((config as { text?: string }).text ?? '');
    const values = Array.isArray(second) ? second : ((config as { values?: unknown[] }).values ?? []);
    const word = text.trim().toLowerCase();
    if (word.startsWith('begin')) inTransaction.add(this);
    const statement: Statement = { text, values, config, tx: inTransaction.has(this), t0: performance.now(), t1: Number.NaN };
    if (word === 'commit' || word === 'rollback') inTransaction.delete(this);
    target.push(statement);
    const done = () => {
      statement.t1 = performance.now();
    };
    const callbackAt = args.findIndex((a) => typeof a === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (...a: unknown[]) => void;
      args[callbackAt] = (...a: unknown[]) => {
        done();
        callback(...a);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as Promise<unknown> | undefined;
    result?.then(done, done);
    return result;
  };
}

/** Hooks one PGlite instance's query and transaction. */
export function installPgliteCapture(pglite: PGlite): void {
  type Query = PGlite['query'];
  const record = (query: Query, tx: boolean): Query =>
    (async (text: string, values?: unknown[], options?: unknown) => {
      const target = sink;
      if (!target) return query(text, values, options as Parameters<Query>[2]);
      const statement: Statement = { text, values: values ?? [], config: options, tx, t0: performance.now(), t1: Number.NaN };
      target.push(statement);
      try {
        return await query(text, values, options as Parameters<Query>[2]);
      } finally {
        statement.t1 = performance.now();
      }
    }) as Query;
  pglite.query = record(pglite.query.bind(pglite), false);
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = (<T>(fn: (tx: Transaction) => Promise<T>) =>
    transaction(async (tx) => {
      tx.query = record(tx.query.bind(tx), true);
      return fn(tx);
    })) as PGlite['transaction'];
}

/** Groups captured statements into what ran together. */
export function stepsOf(statements: Statement[]): Step[] {
  const steps: Step[] = [];
  let batchEnd = -Infinity;
  for (const s of statements) {
    const last = steps.at(-1);
    if (s.tx) {
      if (last?.kind === 'tx' && !/^(commit|rollback)$/i.test(last.statements.at(-1)!.text.trim())) last.statements.push(s);
      else steps.push({ kind: 'tx', statements: [s] });
      continue;
    }
    if (last?.kind === 'batch' && s.t0 < batchEnd) {
      last.statements.push(s);
      batchEnd = Math.max(batchEnd, s.t1);
    } else {
      steps.push({ kind: 'batch', statements: [s] });
      batchEnd = s.t1;
    }
  }
  return steps;
}

/** Rewrites a statement's parameters before it is replayed; sees the previous results. */
export type Rewrite = (statement: Statement, results: Map<Statement, unknown[][]>) => unknown[];

export interface Replayer {
  /** Runs the steps in order; returns each statement's rows (as arrays). */
  run(steps: Step[], rewrite?: Rewrite): Promise<void>;
  /** One statement alone, as the pool runs it. */
  one(statement: Statement): Promise<void>;
  /** EXPLAIN (ANALYZE, BUFFERS) of one statement with its parameters. */
  explain(statement: Statement): Promise<string>;
}

const rowsAsArrays = (rows: unknown[]): unknown[][] => rows.map((r) => (Array.isArray(r) ? r : Object.values(r as object)));

export function pgReplayer(pool: pg.Pool): Replayer {
  const query = (runner: pg.Pool | pg.PoolClient, s: Statement, values: unknown[]) =>
    runner.query(typeof s.config === 'object' && s.config ? { ...(s.config as pg.QueryConfig), text: s.text, values } : { text: s.text, values });
  return {
    async run(steps, rewrite) {
      const results = new Map<Statement, unknown[][]>();
      const valuesOf = (s: Statement) => (rewrite ? rewrite(s, results) : s.values);
      for (const step of steps) {
        if (step.kind === 'batch') {
          const answers = await Promise.all(step.statements.map((s) => query(pool, s, valuesOf(s))));
          step.statements.forEach((s, i) => results.set(s, rowsAsArrays(answers[i]!.rows)));
          continue;
        }
        const client = await pool.connect();
        try {
          for (const s of step.statements) results.set(s, rowsAsArrays((await query(client, s, valuesOf(s))).rows));
        } catch (error) {
          await client.query('rollback').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }
    },
    async one(s) {
      await query(pool, s, s.values);
    },
    async explain(s) {
      const answer = await pool.query({ text: `explain (analyze, buffers) ${s.text}`, values: s.values });
      return answer.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    },
  };
}

export function pgliteReplayer(pglite: PGlite): Replayer {
  type Options = Parameters<PGlite['query']>[2];
  return {
    async run(steps, rewrite) {
      const results = new Map<Statement, unknown[][]>();
      const valuesOf = (s: Statement) => (rewrite ? rewrite(s, results) : s.values);
      for (const step of steps) {
        if (step.kind === 'batch') {
          const answers = await Promise.all(step.statements.map((s) => pglite.query(s.text, valuesOf(s), s.config as Options)));
          step.statements.forEach((s, i) => results.set(s, rowsAsArrays(answers[i]!.rows)));
          continue;
        }
        await pglite.transaction(async (tx) => {
          for (const s of step.statements) results.set(s, rowsAsArrays((await tx.query(s.text, valuesOf(s), s.config as Options)).rows));
        });
      }
    },
    async one(s) {
      await pglite.query(s.text, s.values, s.config as Options);
    },
    async explain(s) {
      const answer = await pglite.query<Record<string, string>>(`explain (analyze, buffers) ${s.text}`, s.values);
      return answer.rows.map((r) => r['QUERY PLAN']).join('\n');
    },
  };
}
