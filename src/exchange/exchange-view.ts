// What a contractor or an approver sees on their page: the place, the request, whom to contact,
// the agency and manager (the agency's email hidden when the agency says so), the documents sent,
// their own thread's state and what they can do now.
import type { AppContext } from '../context.ts';
import { settingsOf } from '../domain/settings.ts';
import { dispatchStatus } from '../domain/tickets/ticket-status.ts';
import { findOrganization, findUser } from '../db/repositories/users.ts';
import { propertiesRepository, unitsRepository } from '../db/repositories/master-data.ts';
import { approvalRequestOf, dispatchesOf, partiesOf } from '../db/repositories/tickets.ts';
import { attachmentsSharedWithParty } from '../db/repositories/attachments.ts';
import type { ExchangeAccess } from './open-exchange.ts';
import { contractorActions, type ApproverAction } from './party-actions.ts';

/** The files a party may open: what the agency sent, and what concerns their own thread. */
export async function partyFiles(ctx: AppContext, access: ExchangeAccess) {
  const own = access.dispatch ? [access.dispatch.id] : (access.party?.dispatchIds ?? []);
  const shared = ['document', 'photo'];
  return attachmentsSharedWithParty(ctx.db, access.ticket.id, shared, own);
}

/** The page's data for the party behind `access`. */
export async function exchangeView(ctx: AppContext, access: ExchangeAccess, fileUrl: (id: string) => string) {
  const { ticket, dispatch, party } = access;
  const [organization, property, unit, parties, dispatches, files, manager] = await Promise.all([
    findOrganization(ctx.db, ticket.organizationId),
    ticket.propertyId ? propertiesRepository.get(ctx.db, ticket.organizationId, ticket.propertyId) : undefined,
    ticket.unitId ? unitsRepository.get(ctx.db, ticket.organizationId, ticket.unitId) : undefined,
    partiesOf(ctx.db, ticket.id),
    dispatchesOf(ctx.db, ticket.id),
    partyFiles(ctx, access),
    ticket.assigneeId ? findUser(ctx.db, ticket.organizationId, ticket.assigneeId) : undefined,
  ]);
  const settings = settingsOf(organization!.settings);
  const contact = parties.find((p) => p.role === 'contact' && p.active);
  const agencyEmail = typeof organization!.settings.email === 'string' && !settings.hideAgencyEmail ? organization!.settings.email : null;
  const documents = files.map((f) => ({ id: f.id, filename: f.filename, kind: f.kind, contentType: f.contentType, sizeBytes: f.sizeBytes, dispatchId: f.dispatchId, url: fileUrl(f.id) }));
  const base = {
    language: (dispatch?.language ?? party?.language ?? 'fr') === 'en' ? 'en' : 'fr',
    ticket: { number: ticket.number, subject: ticket.subject, description: ticket.description, requestedAt: ticket.requestedAt.toISOString() },
    place: property ? { name: property.name, addressLine: property.addressLine, postalCode: property.postalCode, city: property.city, unit: unit?.reference ?? null, floor: unit?.floor ?? null } : null,
    agency: { name: organization!.name, email: agencyEmail, phone: typeof organization!.settings.phone === 'string' ? organization!.settings.phone : null },
    manager: manager ? { name: manager.name, phone: manager.phone, email: settings.hideAgencyEmail ? null : manager.email } : null,
    documents,
    helpUrl: '/x/help',
  };
  if (dispatch) {
    const facts = {
      readReceipt: settings.readReceipt,
      ticket: { type: ticket.type, closed: ticket.closedAt !== null },
      dispatch: { id: dispatch.id, kind: dispatch.kind, state: dispatch.state, acknowledged: dispatch.acknowledgedAt !== null },
    };
    return {
      ...base,
      role: 'contractor' as const,
      contractor: { name: dispatch.contractorName },
      contact: contact ? { name: contact.name, phones: contact.phones, emails: contact.emails, comment: contact.comment } : null,
      dispatch: {
        kind: dispatch.kind, state: dispatch.state, status: dispatchStatus(facts.dispatch) ?? null, instructions: dispatch.instructions,
        appointment: dispatch.appointmentStartsAt ? { startsAt: dispatch.appointmentStartsAt.toISOString(), durationMinutes: dispatch.appointmentDurationMinutes } : null,
        quote: dispatch.quoteAmountCents !== null ? { amountCents: dispatch.quoteAmountCents, validUntil: dispatch.quoteValidUntil } : null,
        invoiceAmountCents: dispatch.invoiceAmountCents,
        acknowledgedAt: dispatch.acknowledgedAt?.toISOString() ?? null,
      },
      ownerName: ticket.sendOwnerName ? (ticket.requesterName ?? null) : null,
      currency: organization!.currency,
      actions: contractorActions(facts),
    };
  }
  const quotes = dispatches.filter((d) => party!.dispatchIds.includes(d.id));
  // The manager's word that came with the request (why these quotes, what to weigh).
  const request = await approvalRequestOf(ctx.db, ticket.id, party!.id);
  const messages: 'message'[] = party!.active ? ['message'] : [];
  return {
    ...base,
    role: 'approver' as const,
    approver: { name: party!.name, decision: party!.decision },
    approvalRequest: {
      comment: typeof request?.payload.comment === 'string' && request.payload.comment.trim() ? request.payload.comment : null,
      requestedAt: request?.createdAt.toISOString() ?? null,
    },
    currency: organization!.currency,
    quotes: quotes.map((d) => {
      const decisions: Exclude<ApproverAction, 'message'>[] = party!.active && d.state === 'approval_requested' ? ['approve', 'disapprove'] : [];
      // Each quote's own file(s), next to its amount.
      const quoteFiles = documents.filter((f) => f.kind === 'quote' && f.dispatchId === d.id);
      return { dispatchId: d.id, contractorName: d.contractorName, amountCents: d.quoteAmountCents, validUntil: d.quoteValidUntil, state: d.state, files: quoteFiles, actions: decisions };
    }),
    actions: messages,
  };
}
