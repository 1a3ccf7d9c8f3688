// Opening Gardien on a ticket (a link in an email, a reload): the ticket page's code, the ticket
// and its history are fetched at start-up, alongside the session check, instead of one after the
// other once the frame is drawn. A signed-out visitor's requests fail quietly (the sign-in shows).
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { TicketAnswer as Ticket, TicketEventAnswer as TicketEvent } from '../../../../src/http/answers.ts';
import { ticketKeys } from '../shared/ticket-queries.ts';

/** Starts loading the ticket page, its ticket and its whole history when the address is a ticket. */
export function prefetchTicket(queryClient: QueryClient): void {
  const match = /^\/tickets\/(\d+)\/?$/.exec(window.location.pathname);
  if (!match) return;
  const number = Number(match[1]);
  void import('./ticket-page.tsx').catch(() => {});
  api
    .get<Ticket>(`/api/v1/tickets/${number}`)
    .then((ticket) => queryClient.setQueryData(ticketKeys.detail(number), ticket))
    .catch(() => {
      // signed out, gone or not theirs: the page asks again and says so
    });
  api
    .get<{ items: TicketEvent[] }>(`/api/v1/tickets/${number}/events`)
    .then((answer) => queryClient.setQueryData(ticketKeys.eventsFor(number, null), answer))
    .catch(() => {});
}
