// An incident's action on any ticket (`POST /tickets/{number}/actions`): it changes the report and
// the incident together, so every ticket read (pages and lists) is read again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { ticketKeys } from '../shared/ticket-queries.ts';

export type IncidentActionBody =
  | { action: 'link_to_incident' | 'merge_into_incident'; incidentNumber: number }
  | { action: 'unlink_from_incident' }
  | { action: 'send_incident_update'; message: string };

export function useIncidentAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, body }: { number: number; body: IncidentActionBody }) => api.post<Ticket>(`/api/v1/tickets/${number}/actions`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ticketKeys.all }),
  });
}
