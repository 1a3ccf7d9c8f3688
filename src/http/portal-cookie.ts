// The portal's own cookie (gardien_portal): HttpOnly, SameSite=Lax, Secure over HTTPS, like staff's.
import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/cookie';
import type { AppContext } from '../context.ts';
import { PORTAL_COOKIE } from '../auth/resident.ts';

export function setPortalCookie(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(PORTAL_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: ctx.config.sessionMaxHours * 3600 });
}

export function clearPortalCookie(reply: FastifyReply) {
  reply.clearCookie(PORTAL_COOKIE, { path: '/' });
}
