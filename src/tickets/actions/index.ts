// Every staff action's handler, by name.
import type { IncidentAction, StaffAction } from '../../domain/tickets/action-catalogue.ts';
import type { Handlers } from './handler.ts';
import { pendingHandlers } from './pending.ts';
import { ticketSettingsHandlers } from './ticket-settings.ts';
import { messageHandlers } from './messages.ts';
import { contractorHandlers } from './contractors.ts';
import { workOrderHandlers } from './work-order-steps.ts';
import { quoteHandlers } from './quote-steps.ts';
import { closeHandlers } from './close.ts';
import { resolutionHandlers } from './resolution.ts';

/** Every action of one ticket; an incident's actions change several (src/tickets/incidents/). */
export const HANDLERS: Handlers<Exclude<StaffAction, IncidentAction>> = {
  ...pendingHandlers,
  ...ticketSettingsHandlers,
  ...messageHandlers,
  ...contractorHandlers,
  ...workOrderHandlers,
  ...quoteHandlers,
  ...closeHandlers,
  ...resolutionHandlers,
};
