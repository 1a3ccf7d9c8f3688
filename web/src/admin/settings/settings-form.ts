// The settings page's form: the API's settings and agency details as the inputs hold them, and
// back to the PATCH body.
import type { Visibility } from '../../../../src/domain/tickets/codes.ts';
import { communityToolsOf, type CommunityTools } from '../../../../src/domain/community/tools.ts';
import type { OrganizationSettingsAnswer as OrganizationSettings, ReminderDelay, SettingsAnswer } from '../../../../src/http/answers.ts';

/** A reminder as typed: numbers may be emptied while typing. */
export interface DelayForm {
  every: number | null;
  unit: ReminderDelay['unit'];
  max: number | null;
}

export interface SettingsForm {
  portalShowsTickets: boolean;
  defaultVisibility: Visibility;
  syndicVisibility: Visibility;
  geranceVisibility: Visibility;
  portalRequestsPerDay: number | null;
  /** Every category (null on the server) or only those chosen. */
  portalAllCategories: boolean;
  portalCategoryIds: string[];
  inviteOnImport: boolean;
  readReceipt: boolean;
  hideAgencyEmail: boolean;
  notifyCreator: boolean;
  notifyManager: boolean;
  notifyAssistant: boolean;
  assistantsSeeAllTickets: boolean;
  defaultDescription: string;
  workOrder: DelayForm;
  quote: DelayForm;
  invoice: DelayForm;
  appointmentHours: number | null;
  firstResponseHours: number | null;
  warnDays: number | null;
  alertDays: number | null;
  feedbackRequest: boolean;
  autoClose: boolean;
  autoCloseDays: number | null;
  agencyName: string;
  agencyEmail: string;
  agencyPhone: string;
  /** The cockpit's tools: on or off, and the roles given each. */
  communityTools: CommunityTools;
  /** The news wall: residents may post on their building's wall; reports before an item is hidden. */
  newsResidentsMayPost: boolean;
  newsReportsToHide: number | null;
}

/** Days proposed when auto-close is switched on (DOMAIN.md §7). */
export const DEFAULT_AUTO_CLOSE_DAYS = 14;

/** The form filled from the server's answer. */
export function toForm({ settings, agency }: SettingsAnswer): SettingsForm {
  const { reminderDefaults: r } = settings;
  return {
    portalShowsTickets: settings.portalShowsTickets,
    defaultVisibility: settings.defaultVisibility,
    syndicVisibility: settings.defaultVisibilityByModule.syndic,
    geranceVisibility: settings.defaultVisibilityByModule.gerance,
    portalRequestsPerDay: settings.portalRequestsPerDay,
    portalAllCategories: settings.portalCategoryIds === null,
    portalCategoryIds: settings.portalCategoryIds ?? [],
    inviteOnImport: settings.inviteOnImport,
    readReceipt: settings.readReceipt,
    hideAgencyEmail: settings.hideAgencyEmail,
    notifyCreator: settings.notifyCreator,
    notifyManager: settings.notifyManager,
    notifyAssistant: settings.notifyAssistant,
    assistantsSeeAllTickets: settings.assistantsSeeAllTickets,
    defaultDescription: settings.defaultDescription,
    workOrder: { ...r.workOrder },
    quote: { ...r.quote },
    invoice: { ...r.invoice },
    appointmentHours: r.appointmentHours,
    firstResponseHours: settings.firstResponseHours,
    warnDays: settings.ageColours.warnDays,
    alertDays: settings.ageColours.alertDays,
    feedbackRequest: settings.feedbackRequest,
    autoClose: settings.autoCloseDays !== null,
    autoCloseDays: settings.autoCloseDays ?? DEFAULT_AUTO_CLOSE_DAYS,
    agencyName: agency.name,
    agencyEmail: agency.email ?? '',
    agencyPhone: agency.phone ?? '',
    communityTools: communityToolsOf(settings.communityTools as Partial<CommunityTools>),
    newsResidentsMayPost: settings.news.residentsMayPost,
    newsReportsToHide: settings.news.reportsToHide,
  };
}

/** Problems the page finds before asking the server, by the API's field names. */
export function localProblems(form: SettingsForm, say: { ageOrder: string; required: string }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (form.warnDays !== null && form.alertDays !== null && form.warnDays >= form.alertDays) {
    problems['ageColours.alertDays'] = say.ageOrder;
  }
  if (form.autoClose && form.autoCloseDays === null) problems.autoCloseDays = say.required;
  if (form.portalRequestsPerDay === null) problems.portalRequestsPerDay = say.required;
  return problems;
}

// Null stays null: the server refuses it for that very field, and the page shows it there.
const delay = (d: DelayForm) => ({ every: d.every, unit: d.unit, max: d.max }) as unknown as ReminderDelay;

/** The PATCH body: every setting and the agency's details. */
export function toPatch(form: SettingsForm): Partial<OrganizationSettings> & { agency: Record<string, string | null> } {
  return {
    portalShowsTickets: form.portalShowsTickets,
    defaultVisibility: form.defaultVisibility,
    defaultVisibilityByModule: { syndic: form.syndicVisibility, gerance: form.geranceVisibility } as OrganizationSettings['defaultVisibilityByModule'],
    portalRequestsPerDay: form.portalRequestsPerDay as number,
    portalCategoryIds: form.portalAllCategories ? null : form.portalCategoryIds,
    inviteOnImport: form.inviteOnImport,
    readReceipt: form.readReceipt,
    hideAgencyEmail: form.hideAgencyEmail,
    notifyCreator: form.notifyCreator,
    notifyManager: form.notifyManager,
    notifyAssistant: form.notifyAssistant,
    assistantsSeeAllTickets: form.assistantsSeeAllTickets,
    defaultDescription: form.defaultDescription,
    reminderDefaults: {
      workOrder: delay(form.workOrder),
      quote: delay(form.quote),
      invoice: delay(form.invoice),
      appointmentHours: form.appointmentHours as number,
    },
    firstResponseHours: form.firstResponseHours as number,
    ageColours: { warnDays: form.warnDays as number, alertDays: form.alertDays as number },
    feedbackRequest: form.feedbackRequest,
    autoCloseDays: form.autoClose ? form.autoCloseDays : null,
    communityTools: form.communityTools,
    news: { residentsMayPost: form.newsResidentsMayPost, reportsToHide: form.newsReportsToHide as number },
    agency: {
      name: form.agencyName.trim(),
      email: form.agencyEmail.trim() || null,
      phone: form.agencyPhone.trim() || null,
    },
  };
}
