// Serves the built React app: files from web/dist, and a page for every other page path so that
// the browser's router takes over: exchange.html (the parties' light pages) on /x; sign-in.html
// (a light sign-in page) to a browser without a session cookie; webform.html (an agency's public
// web form, the one page any site may frame) on /f/{slug}; portal.html (the residents' portal, its
// own sign-in included) on /portal and below; else index.html (the cockpit).
// API paths never fall back to a page.
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendError } from './errors.ts';
import { SESSION_COOKIE } from './access.ts';
import { firstCalls, preloadHeader } from './page-preloads.ts';

/** The app's pages run only the app's own scripts and talk only to Gardien. Mantine sets inline
 * styles; e-mail previews (sandboxed srcdoc frames, which inherit this policy) show inline styles
 * and images from anywhere over HTTPS. */
export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob: https:", "font-src 'self' data:",
  "connect-src 'self'", "frame-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** The web form's page: the same policy, but any site may frame it (the embeddable snippet). */
export const WEBFORM_CONTENT_SECURITY_POLICY = APP_CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", 'frame-ancestors *');

const framable = new WeakSet<FastifyReply>();

/** Whether this answer may be shown in another site's frame (no X-Frame-Options then). */
export function framingAllowed(reply: FastifyReply): boolean {
  return framable.has(reply);
}

/** Pages of the cockpit that need no session: they never show the sign-in page instead. */
const PUBLIC_PAGES = new Set(['/reset-password']);

/**
 * The page a path opens: the parties' pages on /x (a light entry of their own); an agency's web
 * form on /f/{slug} (light too, whoever opens it); the light
 * sign-in page when the browser holds no session cookie (whether a cookie's session still holds
 * is the cockpit's to find out: it then shows its own sign-in); else the cockpit.
 */
export function pageFor(path: string, hasSessionCookie: boolean): string {
  if (/^\/x\/?$/.test(path)) return 'exchange.html';
  if (/^\/f\/[^/]+\/?$/.test(path)) return 'webform.html';
  // The residents' portal shows its own sign-in: the staff cookie does not matter there.
  if (/^\/portal(\/.*)?$/.test(path)) return 'portal.html';
  if (!hasSessionCookie && !PUBLIC_PAGES.has(path)) return 'sign-in.html';
  return 'index.html';
}

/** Registers the web app's routes when `dist` holds a build. */
export async function registerWebApp(app: FastifyInstance, dist: string | undefined) {
  if (!dist || !existsSync(join(dist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: dist, serve: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    let path: string;
    try {
      path = decodeURIComponent(request.url.split('?')[0] ?? '/');
    } catch {
      return sendError(reply, 400, 'bad_request', 'This address is not valid (bad percent-encoding).');
    }
    if (path.startsWith('/api/')) return sendError(reply, 404, 'route_not_found', `No route ${request.method} ${path}.`);
    reply.header('content-security-policy', APP_CONTENT_SECURITY_POLICY);
    const file = normalize(path).replace(/^([/\\])+/, '');
    const full = join(dist, file);
    if (file && full.startsWith(dist) && existsSync(full) && statSync(full).isFile()) {
      // Vite names assets by content hash: they can be cached for good.
      const immutable = file.startsWith('assets/');
      return reply.sendFile(file, { maxAge: immutable ? '365d' : 0, immutable });
    }
    reply.header('cache-control', 'no-cache');
    const page = pageFor(path, Boolean(request.cookies[SESSION_COOKIE]));
    if (page === 'webform.html') {
      reply.header('content-security-policy', WEBFORM_CONTENT_SECURITY_POLICY);
      framable.add(reply);
    }
    // What the page reads first thing: the browser asks for it with the page's scripts.
    const calls = firstCalls(page, path, new URLSearchParams(request.url.split('?')[1] ?? ''), request.cookies);
    if (calls.length > 0) reply.header('link', preloadHeader(calls));
    // A build without the light pages (an older web/dist) still serves the cockpit.
    return reply.sendFile(existsSync(join(dist, page)) ? page : 'index.html');
  });
}
