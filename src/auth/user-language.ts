// The language a staff member reads exports and documents in (their profile's; French unless it
// says English).
import type { AppContext } from '../context.ts';
import type { Actor } from './actor.ts';
import type { Language } from '../domain/master-data.ts';
import { findUser } from '../db/repositories/users.ts';

export async function userLanguage(ctx: AppContext, actor: Actor): Promise<Language> {
  const user = await findUser(ctx.db, actor.organizationId, actor.userId);
  return user?.language === 'en' ? 'en' : 'fr';
}
