import { PGlite } from '@electric-sql/pglite';
const db = new PGlite();
await db.exec('create table t (b text)');
try { await db.query('insert into t values ($1)', ['ok\u0000x']); console.log('inserted'); } catch (e) { console.log('ERR', e.message); }
try { await db.query("select '0000-01-01T00:00:00.000Z'::timestamptz"); console.log('year0 ok'); } catch (e) { console.log('ERR', e.message); }
try { await db.query("select $1::timestamptz", ['-000001-01-01T00:00:00.000Z']); console.log('neg ok'); } catch (e) { console.log('ERR', e.message); }
