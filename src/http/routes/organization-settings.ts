// GET and PATCH /settings: the agency's settings of DOMAIN.md §11.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { VISIBILITIES } from '../../domain/tickets/codes.ts';
import { getSettings, updateSettings } from '../../settings/organization-settings.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS } from '../schemas/common.ts';

const Delay = Type.Object(
  { every: Type.Integer({ minimum: 0, maximum: 365 }), unit: Type.Union([Type.Literal('days'), Type.Literal('hours')]), max: Type.Integer({ minimum: 0, maximum: 20 }) },
  { additionalProperties: false },
);
const settingsFields = {
  portalShowsTickets: Type.Boolean(),
  defaultVisibility: Type.Union(VISIBILITIES.map((v) => Type.Literal(v))),
  readReceipt: Type.Boolean(),
  hideAgencyEmail: Type.Boolean(),
  notifyCreator: Type.Boolean(),
  notifyManager: Type.Boolean(),
  notifyAssistant: Type.Boolean(),
  defaultDescription: Type.String({ maxLength: 20_000 }),
  reminderDefaults: Type.Object({ workOrder: Delay, quote: Delay, invoice: Delay, appointmentHours: Type.Integer({ minimum: 0, maximum: 336 }) }, { additionalProperties: false }),
  firstResponseHours: Type.Integer({ minimum: 1, maximum: 720 }),
  ageColours: Type.Object({ warnDays: Type.Integer({ minimum: 1, maximum: 365 }), alertDays: Type.Integer({ minimum: 1, maximum: 365 }) }, { additionalProperties: false }),
  feedbackRequest: Type.Boolean(),
  autoCloseDays: Type.Union([Type.Integer({ minimum: 1, maximum: 365 }), Type.Null()]),
  assistantsSeeAllTickets: Type.Boolean(),
};
const Agency = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), email: Type.Union([Type.String({ format: 'email' }), Type.Null()]), phone: Type.Union([Type.String({ maxLength: 30 }), Type.Null()]) },
  { additionalProperties: false },
);
const Settings = Type.Object({ settings: Type.Object(settingsFields), agency: Agency });
const Patch = Type.Partial(Type.Object({ ...settingsFields, agency: Type.Partial(Agency, { additionalProperties: false }) }), { additionalProperties: false, minProperties: 1 });

/** Registers GET and PATCH /settings. */
export function organizationSettingsRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/settings', {
    config: { access: 'staff' },
    schema: { tags: ['settings'], summary: "The agency's settings (DOMAIN.md §11) and contact details", response: { 200: Settings, ...STAFF_ERRORS } },
    handler: async (request) => getSettings(ctx, actorOf(request)),
  });
  app.patch('/settings', {
    config: { access: 'settings:write' },
    schema: { tags: ['settings'], summary: 'Change some settings', body: Patch, response: { 200: Settings, ...STAFF_ERRORS } },
    handler: async (request) => updateSettings(ctx, actorOf(request), request.body as never),
  });
}

/** `GET /settings`, as the web app reads it. */
export type SettingsAnswer = Static<typeof Settings>;
