// An agency's settings (DOMAIN.md §11) with their defaults. Stored as JSON on the organization;
// a missing key reads as its default, so adding a setting needs no migration.
import type { Visibility } from './tickets/codes.ts';
import type { Module } from './master-data.ts';
import { DEFAULT_COMMUNITY_TOOLS, communityToolsOf, type CommunityTools } from './community/tools.ts';
import { DEFAULT_NEWS_SETTINGS, newsSettingsOf, type NewsSettings } from './community/news.ts';

export interface ReminderDelays {
  workOrder: { every: number; unit: 'days' | 'hours'; max: number };
  quote: { every: number; unit: 'days' | 'hours'; max: number };
  invoice: { every: number; unit: 'days' | 'hours'; max: number };
  /** Hours before the appointment the contractor is reminded; 0 = never. */
  appointmentHours: number;
}

export interface OrganizationSettings {
  portalShowsTickets: boolean;
  defaultVisibility: Visibility;
  readReceipt: boolean;
  hideAgencyEmail: boolean;
  notifyCreator: boolean;
  notifyManager: boolean;
  notifyAssistant: boolean;
  defaultDescription: string;
  reminderDefaults: ReminderDelays;
  /** Hours within which a new request should get a first response and an assignee. */
  firstResponseHours: number;
  /** Days since the last handling after which a ticket turns orange, then red, in the list. */
  ageColours: { warnDays: number; alertDays: number };
  feedbackRequest: boolean;
  autoCloseDays: number | null;
  /** Assistants work every ticket of the agency, not only those of the properties they assist
   * and those assigned to them (DOMAIN.md §2). */
  assistantsSeeAllTickets: boolean;
  /** The residents' portal (DOMAIN.md §13): the default visibility of a ticket per activity
   * (over `defaultVisibility`), requests a resident may file a day, the categories residents may
   * choose (null: all), and whether an import invites the persons it creates. */
  defaultVisibilityByModule: { syndic: Visibility; gerance: Visibility };
  portalRequestsPerDay: number;
  portalCategoryIds: string[] | null;
  inviteOnImport: boolean;
  /** The cockpit's other tools (domain/community/tools.ts): each on or off, and the roles given it. */
  communityTools: CommunityTools;
  /** The news wall (domain/community/news.ts): residents' posts allowed, reports before hiding. */
  news: NewsSettings;
}

export const DEFAULT_REMINDERS: ReminderDelays = {
  workOrder: { every: 7, unit: 'days', max: 3 },
  quote: { every: 7, unit: 'days', max: 3 },
  invoice: { every: 7, unit: 'days', max: 3 },
  appointmentHours: 48,
};

export const DEFAULT_SETTINGS: OrganizationSettings = {
  portalShowsTickets: true,
  defaultVisibility: 'requester',
  readReceipt: false,
  hideAgencyEmail: false,
  notifyCreator: false,
  notifyManager: true,
  notifyAssistant: false,
  defaultDescription: '',
  reminderDefaults: DEFAULT_REMINDERS,
  firstResponseHours: 24,
  ageColours: { warnDays: 2, alertDays: 7 },
  feedbackRequest: true,
  autoCloseDays: null,
  assistantsSeeAllTickets: false,
  defaultVisibilityByModule: { syndic: 'requester', gerance: 'requester' },
  portalRequestsPerDay: 5,
  portalCategoryIds: null,
  inviteOnImport: false,
  communityTools: DEFAULT_COMMUNITY_TOOLS,
  news: DEFAULT_NEWS_SETTINGS,
};

/** The settings in force: the stored ones over the defaults. */
export function settingsOf(stored: Record<string, unknown> | null | undefined): OrganizationSettings {
  const settings = { ...DEFAULT_SETTINGS, ...(stored ?? {}) } as OrganizationSettings;
  return { ...settings, communityTools: communityToolsOf(stored?.communityTools as never), news: newsSettingsOf(stored?.news as never) };
}

/** The visibility a new ticket gets when none is given: its activity's default (syndic, gérance),
 * or the agency-wide one for a ticket without a property. */
export function defaultVisibilityFor(settings: Pick<OrganizationSettings, 'defaultVisibility' | 'defaultVisibilityByModule'>, module: Module | null | undefined): Visibility {
  return module ? (settings.defaultVisibilityByModule?.[module] ?? settings.defaultVisibility) : settings.defaultVisibility;
}

/** The age colour of a ticket from the time since it was last handled. */
export function ageColour(lastHandledAt: Date, now: Date, colours: OrganizationSettings['ageColours']): 'fresh' | 'ageing' | 'old' {
  const days = (now.getTime() - lastHandledAt.getTime()) / 86_400_000;
  if (days >= colours.alertDays) return 'old';
  if (days >= colours.warnDays) return 'ageing';
  return 'fresh';
}
