// A context whose storage fails as in an outage: reads work, every write (an insert, a
// transaction, a file) throws, so a door must leave the message with its sender.
import type { AppContext } from '../../src/context.ts';

export function storageDown(ctx: AppContext): AppContext {
  const fail = () => {
    throw new Error('storage unavailable (test)');
  };
  const db = new Proxy(ctx.db, { get: (target, prop, receiver) => (prop === 'insert' || prop === 'transaction' || prop === 'update' ? fail : Reflect.get(target, prop, receiver)) });
  return { ...ctx, db, files: { ...ctx.files, put: () => Promise.reject(new Error('storage unavailable (test)')) } };
}
