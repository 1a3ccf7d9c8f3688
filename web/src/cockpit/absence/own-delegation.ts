// The signed-in user's absence and delegate (GET and PUT /api/v1/me/delegation), and the day
// arithmetic of its end (the last day included, local time).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../api.ts';
import type { OwnDelegationAnswer } from '../../../../src/http/answers.ts';

export type OwnDelegation = OwnDelegationAnswer;

const key = ['me', 'delegation'] as const;

/** The user's delegation, both ways; refreshed every few minutes (a colleague may leave). */
export function useOwnDelegation(enabled = true) {
  return useQuery({ queryKey: key, queryFn: () => api.get<OwnDelegation>('/api/v1/me/delegation'), staleTime: 5 * 60_000, enabled });
}

/** Sets (a delegate, until an instant or until back) or ends (null delegate) the absence. */
export function useSetOwnDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { delegateUserId: string | null; delegateUntil: string | null }) => apiRequest('PUT', '/api/v1/me/delegation', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
