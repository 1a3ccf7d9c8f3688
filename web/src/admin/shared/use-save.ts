// Creating or changing a record: POST for a new one, PATCH for a stored one; the kind's lists
// are refreshed after.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useRefreshKind } from './queries.ts';

/** A mutation that saves a record of `kind` at `/api/v1/{kind}` (or `/{id}` for a change). */
export function useSave<T>(kind: string, id: string | undefined, onSaved?: (record: T) => void) {
  const refresh = useRefreshKind();
  return useMutation({
    mutationFn: (body: unknown) => (id ? api.patch<T>(`/api/v1/${kind}/${id}`, body) : api.post<T>(`/api/v1/${kind}`, body)),
    onSuccess: async (record) => {
      await refresh(kind);
      onSaved?.(record);
    },
  });
}
