// TanStack Query keys, reads and writes of tickets. Every write invalidates exactly what it
// changed: the ticket, its history, and the list pages.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { TicketAnswer as Ticket, TicketEventAnswer as TicketEvent, TicketFileAnswer as TicketFile } from '../../../../src/http/answers.ts';
import type { PartyFilter } from './party-filter.ts';

export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => ['tickets', 'list'] as const,
  list: (query: string) => ['tickets', 'list', query] as const,
  detail: (number: number) => ['tickets', 'detail', number] as const,
  events: (number: number) => ['tickets', 'events', number] as const,
  eventsFor: (number: number, filter: PartyFilter) => ['tickets', 'events', number, filter] as const,
};

/** One ticket, as its page shows it. */
export function useTicket(number: number) {
  return useQuery({
    queryKey: ticketKeys.detail(number),
    queryFn: () => api.get<Ticket>(`/api/v1/tickets/${number}`),
  });
}

/** The ticket's history, newest first, optionally narrowed to one party. */
export function useTicketEvents(number: number, filter: PartyFilter) {
  const params = new URLSearchParams();
  if (filter && 'dispatchId' in filter) params.set('dispatchId', filter.dispatchId);
  if (filter && 'partyId' in filter) params.set('partyId', filter.partyId);
  const query = params.toString();
  return useQuery({
    queryKey: ticketKeys.eventsFor(number, filter),
    queryFn: () => api.get<{ items: TicketEvent[] }>(`/api/v1/tickets/${number}/events${query ? `?${query}` : ''}`),
    select: (answer) => answer.items,
  });
}

/** Marks a ticket (and the lists it appears in) as changed. */
export function invalidateTicket(queryClient: QueryClient, number: number) {
  void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(number) });
  void queryClient.invalidateQueries({ queryKey: ticketKeys.events(number) });
  void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
}

/** An action body: the action's name and its fields. */
export type ActionBody = { action: string } & Record<string, unknown>;

/** An action to perform, with files to upload first (their ids go to the body path named). */
export interface ActionRequest {
  body: ActionBody;
  files?: Record<string, File[]>;
}

/** Sets `value` at a dotted path of `body` (`invoice.attachmentIds`), creating objects on the way. */
function setPath(body: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let target = body;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  // Ids already there (files of a received message, chosen in the form) are kept beside the uploads'.
  target[last] = Array.isArray(target[last]) && Array.isArray(value) ? [...(target[last] as unknown[]), ...value] : value;
}

/** Uploads the request's files, then performs the action; the answer is the updated ticket. */
export function usePerformAction(number: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, files }: ActionRequest) => {
      const full: ActionBody = { ...body };
      for (const [path, list] of Object.entries(files ?? {})) {
        if (list.length === 0) continue;
        const uploaded = await uploadAttachments(number, list);
        setPath(full, path, uploaded.map((file) => file.id));
      }
      return api.post<Ticket>(`/api/v1/tickets/${number}/actions`, full);
    },
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(number), ticket);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.events(number) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    },
  });
}

/** Uploads files to a ticket; an action then links them through their ids. */
export async function uploadAttachments(number: number, files: readonly File[]): Promise<TicketFile[]> {
  if (files.length === 0) return [];
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  const answer = await api.post<{ items: TicketFile[] }>(`/api/v1/tickets/${number}/attachments`, form);
  return answer.items;
}
