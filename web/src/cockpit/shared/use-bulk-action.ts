// An action over the list's selection (`POST /tickets/reassign`, `/tickets/merge-into-incident`):
// the call, its answer kept to say what was done and what was refused, every ticket read again.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { ticketKeys } from './ticket-queries.ts';

export function useBulkAction<Body, Answer>(path: string, onDone: () => void) {
  const queryClient = useQueryClient();
  const [result, setResult] = useState<{ answer: Answer; body: Body } | null>(null);
  const mutation = useMutation({
    mutationFn: (body: Body) => api.post<Answer>(path, body),
    onSuccess: (answer, body) => {
      setResult({ answer, body });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      onDone();
    },
  });
  return { mutation, result, clear: () => setResult(null) };
}
