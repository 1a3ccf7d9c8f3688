// Access control for every route, deny by default. Each route names its access in
// `config.access`: 'public', 'staff' (any signed-in user), a permission of src/domain/roles.ts,
// 'resident' (a resident signed in to the portal, on its own cookie) or 'resident_write' (the
// same, refused in a staff preview, which is read-only).
// A route that names none refuses everyone, so a forgotten declaration cannot open a hole.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import '@fastify/cookie';
import { can, type Permission } from '../domain/roles.ts';
import { DomainError } from '../domain/errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { actorFromApiToken, actorFromSession } from '../auth/authenticate.ts';
import { PORTAL_COOKIE, type Resident } from '../auth/resident.ts';
import { residentFromSession } from '../portal/resident-session.ts';

export type Access = 'public' | 'staff' | 'resident' | 'resident_write' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor?: Actor;
    resident?: Resident;
  }
}

export const SESSION_COOKIE = 'gardien_session';

/** The signed-in actor of a request that passed the access check. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'Sign in first.');
  return request.actor;
}

/** The resident of a portal request that passed the access check. */
export function residentOf(request: FastifyRequest): Resident {
  if (!request.resident) throw new DomainError('unauthenticated', 'Sign in to the portal first.');
  return request.resident;
}

async function authenticate(ctx: AppContext, request: FastifyRequest): Promise<Actor | undefined> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? actorFromApiToken(ctx, match[1]!) : undefined;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? actorFromSession(ctx, cookie) : undefined;
}

/** Installs the check that runs before anything else on every request. */
export function registerAccessControl(app: FastifyInstance, ctx: AppContext) {
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === 'public') return;
    if (access === undefined) {
      // Not-found handler and routes without a declaration: nothing to see here.
      if (request.is404) return;
      throw new DomainError('forbidden', 'This route is closed.');
    }
    if (access === 'resident' || access === 'resident_write') {
      const cookie = request.cookies[PORTAL_COOKIE];
      const resident = cookie ? await residentFromSession(ctx, cookie) : undefined;
      if (!resident) throw new DomainError('unauthenticated', 'Sign in to the portal first.');
      if (access === 'resident_write' && resident.previewByUserId) throw new DomainError('preview_read_only', 'This is a preview of the portal: nothing can be changed from it.');
      request.resident = resident;
      return;
    }
    const actor = await authenticate(ctx, request);
    if (!actor) throw new DomainError('unauthenticated', 'Sign in first, or send a valid API token.');
    request.actor = actor;
    if (access !== 'staff' && !can(actor.roles, access)) {
      throw new DomainError('forbidden', 'Your roles do not allow this.');
    }
  });
}
