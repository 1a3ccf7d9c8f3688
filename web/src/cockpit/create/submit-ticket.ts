// Sending the form: the ticket first (created, or a pending request validated), then its files
// through the attachments endpoint and `add_attachments`. A failed upload does not undo the
// ticket: the page it opens says what went wrong.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { api } from '../../api.ts';
import { ticketKeys, uploadAttachments } from '../shared/ticket-queries.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { toCreateInput, toValidateInput, type TicketFormState } from './ticket-form-state.ts';

interface Submission {
  state: TicketFormState;
  module: 'syndic' | 'gerance' | undefined;
}

/** The message the ticket page shows once, after a partly failed creation. */
export interface TicketFlash {
  uploadFailed?: string;
}

async function attachFiles(number: number, files: File[]): Promise<string | undefined> {
  if (files.length === 0) return undefined;
  try {
    const uploaded = await uploadAttachments(number, files);
    await api.post<Ticket>(`/api/v1/tickets/${number}/actions`, { action: 'add_attachments', attachmentIds: uploaded.map((f) => f.id) });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Creates a ticket (`pendingNumber` absent) or validates the pending request `pendingNumber`. */
export function useSubmitTicket(pendingNumber?: number) {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  return useMutation({
    mutationFn: async ({ state, module }: Submission) => {
      const ticket =
        pendingNumber === undefined
          ? await api.post<Ticket>('/api/v1/tickets', toCreateInput(state, module))
          : await api.post<Ticket>(`/api/v1/tickets/${pendingNumber}/actions`, toValidateInput(state, module));
      const uploadFailed = await attachFiles(ticket.number, state.files);
      return { ticket, uploadFailed };
    },
    onSuccess: ({ ticket, uploadFailed }) => {
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      const flash: TicketFlash = uploadFailed ? { uploadFailed } : {};
      navigate(`/tickets/${ticket.number}`, { replace: pendingNumber !== undefined, state: { flash } });
    },
  });
}
