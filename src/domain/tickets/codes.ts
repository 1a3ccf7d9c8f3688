// The ticket's codes (DOMAIN.md §4–§5): types, sources, statuses with their kind, dispatch kinds
// and states, the parties a ticket waits on.

export const TICKET_TYPES = ['ODS', 'ODSM', 'DS', 'DM', 'PENDING'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const SOURCES = ['portal', 'email', 'phone', 'webform', 'sms', 'inspection', 'staff'] as const;
export type Source = (typeof SOURCES)[number];

/** `action`: the manager must act (blue); `waiting`: someone else must (grey). */
export type StatusKind = 'action' | 'waiting' | 'dispatches' | 'closed';

export const STATUSES = {
  pending_validation: { kind: 'action', fr: 'En attente de validation', en: 'Awaiting validation' },
  awaiting_appointment: { kind: 'waiting', fr: "Attente du RDV d'intervention", en: 'Awaiting appointment' },
  appointment_proposed: { kind: 'action', fr: 'RDV proposé', en: 'Appointment proposed' },
  refused_by_contractor: { kind: 'action', fr: 'Intervention refusée par le fournisseur', en: 'Refused by contractor' },
  awaiting_completion: { kind: 'waiting', fr: "Attente de fin d'intervention", en: 'Awaiting completion' },
  completed: { kind: 'action', fr: 'Intervention terminée', en: 'Work completed' },
  awaiting_invoice: { kind: 'waiting', fr: 'En attente de facture', en: 'Awaiting invoice' },
  invoice_received: { kind: 'action', fr: 'Facture reçue', en: 'Invoice received' },
  quote_awaiting: { kind: 'waiting', fr: 'Devis en attente de réception', en: 'Awaiting quote' },
  quote_received: { kind: 'action', fr: 'Devis reçu', en: 'Quote received' },
  quote_awaiting_approval: { kind: 'waiting', fr: "Devis en attente d'approbation", en: 'Quote awaiting approval' },
  quote_approved: { kind: 'action', fr: 'Devis approuvé', en: 'Quote approved' },
  quote_rejected: { kind: 'action', fr: 'Devis désapprouvé', en: 'Quote rejected' },
  in_progress: { kind: 'dispatches', fr: 'En cours', en: 'In progress' },
  cancelled: { kind: 'action', fr: 'Intervention annulée', en: 'Cancelled' },
  closed: { kind: 'closed', fr: 'Clos', en: 'Closed' },
} as const satisfies Record<string, { kind: StatusKind; fr: string; en: string }>;
export type TicketStatus = keyof typeof STATUSES;
export const TICKET_STATUSES = Object.keys(STATUSES) as TicketStatus[];

export const DISPATCH_KINDS = ['work_order', 'quote'] as const;
export type DispatchKind = (typeof DISPATCH_KINDS)[number];

export const DISPATCH_STATES = [
  'requested',
  'accepted',
  'refused',
  'planned',
  'on_site',
  'done',
  'invoice_requested',
  'invoice_received',
  'quote_received',
  'approval_requested',
  'approved',
  'disapproved',
  'not_retained',
  'cancelled',
] as const;
export type DispatchState = (typeof DISPATCH_STATES)[number];

/** States after which a dispatch takes no further step (closing the ticket ends the rest). */
export const ENDED_STATES: readonly DispatchState[] = ['refused', 'not_retained', 'cancelled'];

export const WAITING_ON = ['staff', 'contractor', 'approver', 'requester', 'nobody'] as const;
export type WaitingOn = (typeof WAITING_ON)[number];

export const PARTY_ROLES = ['contact', 'watcher', 'approver', 'council_informed'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const VISIBILITIES = ['requester', 'council', 'all_coowners', 'tenant', 'owner'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const PRESENCES = ['on_site', 'late', 'postpone', 'cannot_come'] as const;
export type Presence = (typeof PRESENCES)[number];

export const EVENT_CHANNELS = ['web', 'api', 'exchange', 'portal', 'email', 'sms', 'phone', 'system'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];
