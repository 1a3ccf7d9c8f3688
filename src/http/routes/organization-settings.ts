// GET and PATCH /settings: the agency's settings of DOMAIN.md §11.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { VISIBILITIES } from '../../domain/tickets/codes.ts';
import { ROLES } from '../../domain/roles.ts';
import { COMMUNITY_TOOL_CODES } from '../../domain/community/tools.ts';
import { REPORTS_TO_HIDE_RANGE } from '../../domain/community/news.ts';
import { getSettings, updateSettings } from '../../settings/organization-settings.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS } from '../schemas/common.ts';

const Delay = Type.Object(
  { every: Type.Integer({ minimum: 0, maximum: 365 }), unit: Type.Union([Type.Literal('days'), Type.Literal('hours')]), max: Type.Integer({ minimum: 0, maximum: 20 }) },
  { additionalProperties: false },
);
const VisibilityCode = Type.Union(VISIBILITIES.map((v) => Type.Literal(v)));
/** The visibilities that make sense for each activity: a co-ownership's council and co-owners,
 * a rented unit's tenant and owner (src/domain/portal/ticket-visibility.ts). */
const SyndicVisibility = Type.Union((['requester', 'council', 'all_coowners'] as const).map((v) => Type.Literal(v)));
const GeranceVisibility = Type.Union((['requester', 'tenant', 'owner'] as const).map((v) => Type.Literal(v)));
const ToolSwitch = Type.Object(
  { enabled: Type.Boolean(), roles: Type.Array(Type.Union(ROLES.map((r) => Type.Literal(r))), { maxItems: ROLES.length, uniqueItems: true }) },
  { additionalProperties: false },
);
const CommunityTools = Type.Object(Object.fromEntries(COMMUNITY_TOOL_CODES.map((tool) => [tool, ToolSwitch])), { additionalProperties: false });
const CommunityToolsPatch = Type.Partial(CommunityTools, { additionalProperties: false });
const NewsSettings = Type.Object(
  { residentsMayPost: Type.Boolean(), reportsToHide: Type.Integer({ minimum: REPORTS_TO_HIDE_RANGE.min, maximum: REPORTS_TO_HIDE_RANGE.max }) },
  { additionalProperties: false },
);
const settingsFields = {
  portalShowsTickets: Type.Boolean(),
  defaultVisibility: VisibilityCode,
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
  autoCloseDays: Type.Union([Type.Integer({ minimum: 1, maximum: 90 }), Type.Null()]),
  assistantsSeeAllTickets: Type.Boolean(),
  defaultVisibilityByModule: Type.Object({ syndic: SyndicVisibility, gerance: GeranceVisibility }, { additionalProperties: false }),
  portalRequestsPerDay: Type.Integer({ minimum: 1, maximum: 50 }),
  portalCategoryIds: Type.Union([Type.Array(Type.String({ format: 'uuid' }), { maxItems: 500, uniqueItems: true }), Type.Null()]),
  inviteOnImport: Type.Boolean(),
  communityTools: CommunityTools,
  news: NewsSettings,
};
const Agency = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), email: Type.Union([Type.String({ format: 'email' }), Type.Null()]), phone: Type.Union([Type.String({ maxLength: 30 }), Type.Null()]) },
  { additionalProperties: false },
);
const Settings = Type.Object({ settings: Type.Object(settingsFields), agency: Agency });
const Patch = Type.Partial(Type.Object({ ...settingsFields, communityTools: CommunityToolsPatch, news: Type.Partial(NewsSettings, { additionalProperties: false }), agency: Type.Partial(Agency, { additionalProperties: false }) }), { additionalProperties: false, minProperties: 1 });

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
