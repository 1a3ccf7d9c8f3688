// Which agency (and property or manager) an inbound email is for, from its recipients: one of the
// agencies' inbound addresses (src/domain/inbound/addresses.ts), or a ticket's reply address,
// whose signature names the agency.
import type { AppContext } from '../context.ts';
import { addressKey, agencyAddress, keyedAddress, readInboundAddress } from '../domain/inbound/addresses.ts';
import { organizationBySlug, propertyReferences, ticketStaff, ticketsNumbered } from '../db/repositories/inbound.ts';
import { readReplyAddress, replySignatureValid } from './reply-address.ts';
import { can } from '../domain/roles.ts';

export interface InboundRoute {
  organizationId: string;
  /** The address that routed it (the mailbox, for "the same message twice"). */
  mailbox: string;
  propertyId?: string;
  assigneeId?: string;
  /** A reply address named this ticket (signature checked). */
  replyTicketNumber?: number;
}

export interface InboundAddress {
  address: string;
  kind: 'agency' | 'property' | 'manager';
  label: string;
  propertyId?: string;
  userId?: string;
}

/** Every inbound address of the agency: its own, one per property with a reference, one per staff member who works tickets. */
export async function inboundAddressesOf(ctx: AppContext, organization: { id: string; slug: string; name: string }): Promise<InboundAddress[]> {
  const domain = ctx.config.inbound.domain;
  const properties = await propertyReferences(ctx.db, organization.id);
  const staff = (await ticketStaff(ctx.db, organization.id)).filter((u) => can(u.roles, 'tickets:work'));
  return [
    { address: agencyAddress(organization.slug, domain), kind: 'agency', label: organization.name },
    ...properties.map((p) => ({ address: keyedAddress(organization.slug, p.externalRef!, domain), kind: 'property' as const, label: p.name, propertyId: p.id })),
    ...staff.map((u) => ({ address: keyedAddress(organization.slug, u.email.split('@')[0]!, domain), kind: 'manager' as const, label: u.name, userId: u.id })),
  ];
}

/** The route of the first recipient that is Gardien's; undefined when none is (or, with
 * `organizationId`, none is that agency's: then the agency alone). */
export async function routeRecipients(ctx: AppContext, recipients: readonly string[], organizationId?: string): Promise<InboundRoute | undefined> {
  for (const recipient of recipients) {
    const address = recipient.toLowerCase();
    const reply = readReplyAddress(ctx.config.mailFrom, address);
    if (reply) {
      for (const ticket of await ticketsNumbered(ctx.db, reply.ticketNumber)) {
        if (organizationId && ticket.organizationId !== organizationId) continue;
        if (replySignatureValid(ctx.secret, ticket.organizationId, reply.ticketNumber, reply.signature)) {
          return { organizationId: ticket.organizationId, mailbox: address, replyTicketNumber: reply.ticketNumber };
        }
      }
      continue;
    }
    const inbound = readInboundAddress(address, ctx.config.inbound.domain);
    if (!inbound) continue;
    const organization = await organizationBySlug(ctx.db, inbound.slug);
    if (!organization || (organizationId && organization.id !== organizationId)) continue;
    const route: InboundRoute = { organizationId: organization.id, mailbox: address };
    if (inbound.key) {
      const property = (await propertyReferences(ctx.db, organization.id)).find((p) => addressKey(p.externalRef!) === inbound.key);
      if (property) route.propertyId = property.id;
      else {
        const user = (await ticketStaff(ctx.db, organization.id)).find((u) => addressKey(u.email.split('@')[0]!) === inbound.key);
        if (user) route.assigneeId = user.id;
      }
    }
    return route;
  }
  return organizationId ? { organizationId, mailbox: recipients[0]?.toLowerCase() ?? '' } : undefined;
}
