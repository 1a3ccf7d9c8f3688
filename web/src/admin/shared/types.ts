// The shapes the administration screens read from the API (see src/http/routes and schemas).

/** A page of a list read with a cursor. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export type DelayUnit = 'days' | 'hours';

export interface ReminderDelay {
  every: number;
  unit: DelayUnit;
  max: number;
}

export interface OrganizationSettings {
  portalShowsTickets: boolean;
  defaultVisibility: string;
  readReceipt: boolean;
  hideAgencyEmail: boolean;
  notifyCreator: boolean;
  notifyManager: boolean;
  notifyAssistant: boolean;
  defaultDescription: string;
  reminderDefaults: { workOrder: ReminderDelay; quote: ReminderDelay; invoice: ReminderDelay; appointmentHours: number };
  firstResponseHours: number;
  ageColours: { warnDays: number; alertDays: number };
  feedbackRequest: boolean;
  autoCloseDays: number | null;
}

export interface AgencyProfile {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface SettingsAnswer {
  settings: OrganizationSettings;
  agency: AgencyProfile;
}

export interface Property {
  id: string;
  externalRef: string | null;
  name: string;
  kind: string;
  module: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  managerId: string | null;
  assistantId: string | null;
}

export interface Unit {
  id: string;
  propertyId: string;
  reference: string;
  floor: string | null;
  description: string | null;
}

export interface Relation {
  id: string;
  kind: string;
  unitId: string | null;
  propertyId: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface Person {
  id: string;
  externalRef: string | null;
  name: string;
  emails: string[];
  phones: string[];
  language: string;
  portalStatus: string;
  relations: Relation[];
}

export interface Contractor {
  id: string;
  externalRef: string | null;
  name: string;
  trades: string[];
  emails: string[];
  phones: string[];
  preferredChannels: string[];
  language: string;
  notes: string | null;
  active: boolean;
}

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  language: string;
  phone: string | null;
  active: boolean;
  delegateUserId: string | null;
  delegateUntil: string | null;
}

export interface CategoryField {
  key: string;
  label: { fr: string; en: string };
  type: string;
  required: boolean;
  options?: string[];
}

export interface Category {
  id: string;
  name: string;
  fields: CategoryField[];
  active: boolean;
}

export interface RoutingRule {
  id: string;
  name: string;
  position: number;
  propertyId: string | null;
  categoryId: string | null;
  source: string | null;
  assigneeId: string;
  active: boolean;
}

export interface TemplateVariant {
  channel: string;
  language: string;
  customised: boolean;
  updatedAt: string | null;
  subject: string | null;
}

export interface TemplateListItem {
  key: string;
  audience: string;
  channels: string[];
  withLink: boolean;
  withIcs: boolean;
  languages: string[];
  variants: TemplateVariant[];
}

export interface TemplateDetail {
  key: string;
  channel: string;
  language: string;
  audience: string;
  withLink: boolean;
  withIcs: boolean;
  subject: string | null;
  body: string;
  customised: boolean;
  updatedAt: string | null;
  default: { subject: string | null; body: string };
  variables: string[];
}

export interface SmsCountAnswer {
  encoding: 'GSM-7' | 'UCS-2';
  units: number;
  parts: number;
  perPart: number;
  remainingInPart: number;
  nonGsmCharacters: string[];
}

export interface TemplatePreview {
  subject?: string;
  text: string;
  html?: string;
  sms?: SmsCountAnswer;
}

/** One problem of a template as 400 invalid_template lists it. */
export interface TemplateProblem {
  field: 'subject' | 'body';
  kind: 'syntax' | 'unknown_variable';
  line: number;
  column: number;
  message: string;
  variable?: string;
}

export interface ImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: { line: number; action: 'create' | 'update' | 'unchanged'; key: string; changes: { field: string; from: string | null; to: string | null }[] }[];
}

export interface ImportError {
  line: number;
  field: string | null;
  message: string;
}

export const OUTBOX_STATES = ['held', 'queued', 'sending', 'sent', 'failed', 'silenced'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxMessage {
  id: string;
  channel: string;
  template: string;
  language: string;
  state: string;
  recipientName: string;
  recipients: string[];
  subject: string | null;
  text: string;
  html: string | null;
  hasInvitation: boolean;
  attempts: number;
  lastError: string | null;
  ticketNumber: number | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxPage extends CursorPage<OutboxMessage> {
  counts: Record<string, number>;
}
