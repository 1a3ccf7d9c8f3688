// Builds the HTTP application: validation, errors, access control, OpenAPI, the API routes
// under /api/v1, and the web app. Thin: every route calls a use case.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import compress from '@fastify/compress';
import type { AppContext } from '../context.ts';
import { registerValidation } from './validation.ts';
import { registerErrorHandling, sendError } from './errors.ts';
import { registerAccessControl } from './access.ts';
import { registerRequestGuards } from './request-guards.ts';
import { clientErrorHandler, frameworkErrors } from './framework-errors.ts';
import { registerOpenApi } from './openapi.ts';
import { framingAllowed, registerWebApp } from './web-app.ts';
import { maskLinkSecrets } from './mask-link-secrets.ts';
import { logFormatFor, prettyLogStream, PrettyRequestLog } from './log-format.ts';
import { healthRoutes } from './routes/health.ts';
import { registerMetrics } from './metrics-route.ts';
import { apiTokenRoutes } from './routes/api-tokens.ts';
import { authRoutes } from './routes/auth.ts';
import { masterDataRoutes } from './routes/master-data.ts';
import { passwordResetRoutes } from './routes/password-reset.ts';
import { ticketRoutes } from './routes/tickets.ts';
import { activityRoutes } from './routes/activity.ts';
import { incidentRoutes } from './routes/incidents.ts';
import { ticketDocumentRoutes } from './routes/ticket-documents.ts';
import { dossierRoutes } from './routes/dossiers.ts';
import { reportRoutes } from './routes/reports.ts';
import { exchangeRoutes } from './routes/exchange.ts';
import { outboxRoutes } from './routes/outbox.ts';
import { defaultAttachmentRoutes } from './routes/default-attachments.ts';
import { organizationSettingsRoutes } from './routes/organization-settings.ts';
import { liveRoutes } from './routes/live.ts';
import { testClockRoutes } from './routes/test-clock.ts';
import { portalTicketRoutes } from './routes/portal-tickets.ts';
import { templateRoutes } from './routes/templates.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { settingsRoutes } from './routes/settings.ts';
import { importRoutes } from './routes/imports.ts';
import { inboundRoutes } from './routes/inbound.ts';
import { inboundImapRoutes } from './routes/inbound-imap.ts';
import { inboundSmsRoutes } from './routes/inbound-sms.ts';
import { preTicketRoutes } from './routes/pre-tickets.ts';
import { webformRoutes } from './routes/webform.ts';
import { portalAuthRoutes } from './routes/portal-auth.ts';
import { portalResidentRoutes } from './routes/portal-residents.ts';
import { portalFeedbackRoutes } from './routes/portal-feedback.ts';
import { scorecardRoutes } from './routes/scorecards.ts';
import { articleRoutes } from './routes/articles.ts';
import { documentRoutes } from './routes/documents.ts';
import { companyRoutes } from './routes/companies.ts';
import { newsRoutes } from './routes/news.ts';
import { bookingRoutes } from './routes/bookings.ts';
import { portalBookingRoutes } from './routes/portal-bookings.ts';
import { webhookRoutes } from './routes/webhooks.ts';

export interface AppOptions {
  /** pino level, or false for no logs (tests). */
  logLevel?: string | false;
  /** Folder of the built web app; not served when absent. */
  webDist?: string;
  /** Where logs go (default: standard output); tests read them back. */
  logStream?: NodeJS.WritableStream;
}

/** Creates the Fastify instance with every route, ready to listen or to `inject`. */
export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const level = options.logLevel ?? ctx.config.logLevel;
  // A stream given by a test gets JSON unless LOG_FORMAT says otherwise; standard output, by whether it is a terminal.
  const pretty = level !== false && logFormatFor(ctx.config.logFormat, !options.logStream && Boolean(process.stdout.isTTY)) === 'pretty';
  const stream = pretty ? prettyLogStream(options.logStream) : options.logStream;
  const app = Fastify({
    // Pretty: one line per request instead of Fastify's two.
    ...(pretty ? { logController: new PrettyRequestLog() } : {}),
    logger:
      level === false
        ? false
        : {
            level,
            ...(stream ? { stream } : {}),
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
            serializers: {
              // A party's link carries its secret in the path: logs keep only its first characters.
              req: (request: { method: string; url: string; host?: string; ip?: string }) => ({
                method: request.method,
                url: maskLinkSecrets(request.url),
                host: request.host,
                remoteAddress: request.ip,
              }),
            },
          },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // A hop count: X-Forwarded-For is read only as far back as the proxies we run, so entries a
    // client wrote itself are never believed. (Fastify refuses a bare number; this is its meaning.)
    trustProxy: ctx.config.trustProxy > 0 ? (_address: string, hop: number) => hop < ctx.config.trustProxy : false,
    bodyLimit: ctx.config.bodyLimitBytes,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
    clientErrorHandler,
  });

  registerValidation(app);
  registerErrorHandling(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  // The web app's scripts and the API's larger answers travel compressed (gzip or brotli).
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'] });
  await registerOpenApi(app, ctx.config.publicUrl);
  registerRequestGuards(app, ctx);
  registerAccessControl(app, ctx);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    // The web form's page may be framed by any site (its CSP says so); nothing else may be.
    if (!framingAllowed(reply)) reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
  });

  healthRoutes(app, ctx);
  registerMetrics(app, ctx);
  await app.register(
    async (api) => {
      authRoutes(api, ctx);
      apiTokenRoutes(api, ctx);
      masterDataRoutes(api, ctx);
      passwordResetRoutes(api, ctx);
      ticketRoutes(api, ctx);
      incidentRoutes(api, ctx);
      articleRoutes(api, ctx);
      documentRoutes(api, ctx);
      companyRoutes(api, ctx);
      newsRoutes(api, ctx);
      bookingRoutes(api, ctx);
      portalBookingRoutes(api, ctx);
      ticketDocumentRoutes(api, ctx);
      dossierRoutes(api, ctx);
      reportRoutes(api, ctx);
      templateRoutes(api, ctx);
      attachmentRoutes(api, ctx);
      settingsRoutes(api, ctx);
      importRoutes(api, ctx);
      inboundRoutes(api, ctx);
      inboundImapRoutes(api, ctx);
      inboundSmsRoutes(api, ctx);
      preTicketRoutes(api, ctx);
      outboxRoutes(api, ctx);
      organizationSettingsRoutes(api, ctx);
      defaultAttachmentRoutes(api, ctx);
      liveRoutes(api, ctx);
      testClockRoutes(api, ctx);
      portalAuthRoutes(api, ctx);
      portalResidentRoutes(api, ctx);
      portalTicketRoutes(api, ctx);
      portalFeedbackRoutes(api, ctx);
      scorecardRoutes(api, ctx);
      activityRoutes(api, ctx);
      webhookRoutes(api, ctx);
    },
    { prefix: '/api/v1' },
  );
  exchangeRoutes(app, ctx);
  webformRoutes(app, ctx);
  await registerWebApp(app, options.webDist);

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'route_not_found', `No route ${request.method} ${request.url.split('?')[0]}.`),
  );
  return app;
}
