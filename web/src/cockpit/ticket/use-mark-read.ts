// When the assignee opens a ticket with unread answers, they are marked read (the row in the
// list stops asking for action for that reason).
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useSession } from '../../session.ts';
import { ticketKeys } from '../shared/ticket-queries.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

/** Posts `read` once per opening, only for the assignee and only when something is unread. */
export function useMarkRead(ticket: Ticket | undefined) {
  const session = useSession();
  const queryClient = useQueryClient();
  const sent = useRef<string | null>(null);
  const userId = session.data?.user.id;

  useEffect(() => {
    if (!ticket || !userId || ticket.unreadCount === 0 || ticket.assignee?.id !== userId) return;
    const key = `${ticket.number}:${ticket.updatedAt}`;
    if (sent.current === key) return;
    sent.current = key;
    api
      .post<void>(`/api/v1/tickets/${ticket.number}/read`)
      .then(() => {
        void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticket.number) });
        void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
      })
      .catch(() => {
        sent.current = null;
      });
  }, [ticket, userId, queryClient]);
}
