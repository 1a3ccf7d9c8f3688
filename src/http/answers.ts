// The types of the API's answers, as a client reads them (JSON: dates as ISO strings), derived
// from the presenters and the answer schemas so that they cannot drift from the server. The web
// app imports them with `import type`: nothing of the server enters its bundle.
import type { Static } from '@sinclair/typebox';
import type { Jsonify } from './jsonify.ts';
import type { presentTicket, presentDispatch, presentParty, presentFile, presentEvent, presentDeliveryProblem, ticketSummary } from './ticket-presenter.ts';
import type * as TicketSchemas from './schemas/tickets.ts';
import type * as MasterData from './schemas/master-data.ts';
import type * as Settings from './schemas/settings.ts';
import type * as Scorecards from './schemas/scorecards.ts';
import type { ReminderDelays } from '../domain/settings.ts';
import type { ownDelegation } from '../masterdata/own-delegation.ts';
import type { SettingsAnswer } from './routes/organization-settings.ts';
import type { TemplateListItemAnswer } from './routes/templates.ts';
import type { DossierVerdictAnswer as DossierVerdictSchema } from './routes/dossiers.ts';

export type { SettingsAnswer } from './routes/organization-settings.ts';
export type { TemplateListItemAnswer, TemplateDetailAnswer, TemplatePreviewAnswer, SmsCountAnswer } from './routes/templates.ts';
export type { OutboxMessageAnswer, OutboxPageAnswer } from './routes/outbox.ts';
export type { ReportAnswer } from './routes/reports.ts';
export type { CompanyListItemAnswer, CompanyDetailAnswer, MyCompanyAnswer } from './routes/companies.ts';
export type { BuildingReportResult } from '../domain/reports/building-report-rules.ts';
export type { InboundSettingsAnswer, InboundMessageAnswer } from './routes/inbound.ts';
export type { InboundImapAnswer } from './routes/inbound-imap.ts';
export type DossierVerdictAnswer = Static<typeof DossierVerdictSchema>;
export type { InboundReport } from '../domain/inbound/outcomes.ts';
export type { ImportReportAnswer } from './routes/imports.ts';
export type { ImportError } from '../importing/import-kind.ts';
export type { TemplateProblem } from '../messages/render-template.ts';

/** `{items, nextCursor}`: a page read with a cursor. */
export interface PageAnswer<T> {
  items: T[];
  nextCursor: string | null;
}

/** Fields shared by the list and the ticket page. */
export type TicketSummaryAnswer = Jsonify<ReturnType<typeof ticketSummary>>;
/** One row of `GET /tickets`: the summary, and what the list route adds. */
export type TicketListItemAnswer = TicketSummaryAnswer & Omit<Static<typeof TicketSchemas.TicketListItem>, keyof TicketSummaryAnswer>;
/** `GET /tickets/{number}`: everything the ticket page shows. */
export type TicketAnswer = Jsonify<ReturnType<typeof presentTicket>>;
export type DispatchAnswer = Jsonify<ReturnType<typeof presentDispatch>>;
export type PartyAnswer = Jsonify<ReturnType<typeof presentParty>>;
export type TicketFileAnswer = Jsonify<ReturnType<typeof presentFile>>;
/** One event of `GET /tickets/{number}/events`. */
export type TicketEventAnswer = Jsonify<ReturnType<typeof presentEvent>>;
export type DeliveryProblemAnswer = Jsonify<ReturnType<typeof presentDeliveryProblem>>;

export type PropertyAnswer = Static<typeof MasterData.Property>;
export type UnitAnswer = Static<typeof MasterData.Unit>;
export type RelationAnswer = Static<typeof MasterData.Relation>;
export type PersonAnswer = Static<typeof MasterData.Person>;
export type ContractorAnswer = Static<typeof MasterData.Contractor>;
export type UserAnswer = Static<typeof MasterData.User>;
/** GET /me/delegation: one's own absence, whom one may choose, whom one stands in for. */
export type OwnDelegationAnswer = Jsonify<Awaited<ReturnType<typeof ownDelegation>>>;
export type CategoryAnswer = Static<typeof Settings.Category>;
export type RoutingRuleAnswer = Static<typeof Settings.RoutingRule>;

export type AgeColour = TicketSummaryAnswer['ageColour'];
export type FirstResponse = TicketSummaryAnswer['firstResponse'];
export type NextStepsAnswer = TicketAnswer['nextSteps'];
/** A ticket's reminder delays, and one of them. */
export type { ReminderDelays };
export type ReminderDelay = ReminderDelays['workOrder'];
export type CategoryFieldAnswer = CategoryAnswer['fields'][number];
export type TemplateVariantAnswer = TemplateListItemAnswer['variants'][number];
export type OrganizationSettingsAnswer = SettingsAnswer['settings'];
export type AgencyAnswer = SettingsAnswer['agency'];
export type ScorecardAnswer = Static<typeof Scorecards.Scorecard>;
export type ScorecardsAnswer = Static<typeof Scorecards.ScorecardsAnswer>;
export type OneScorecardAnswer = Static<typeof Scorecards.ScorecardAnswer>;
