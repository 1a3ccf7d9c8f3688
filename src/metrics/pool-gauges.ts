// The database connections: node-postgres's pool on PostgreSQL (open, idle, clients waiting for
// one); the embedded PGlite is one connection in the process, said as such.
import { Gauge, type Registry } from 'prom-client';
import type pg from 'pg';
import type { DatabaseKind } from '../db/connection.ts';

export function registerPoolGauges(registry: Registry, kind: DatabaseKind, pool: pg.Pool | undefined) {
  const info = new Gauge({ name: 'gardien_database_info', help: 'The database this process uses (kind: postgres or pglite); always 1.', labelNames: ['kind'], registers: [registry] });
  info.set({ kind }, 1);
  new Gauge({
    name: 'gardien_db_pool_connections',
    help: 'Database connections by state: total (open), idle, waiting (queries waiting for a connection), max (the pool\'s size). PGlite: one connection, total and max 1.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.reset();
      if (!pool) {
        this.set({ state: 'total' }, 1);
        this.set({ state: 'max' }, 1);
        return;
      }
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
      this.set({ state: 'max' }, pool.options.max ?? 10);
    },
  });
}
