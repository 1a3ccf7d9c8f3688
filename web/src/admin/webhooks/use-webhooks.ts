// Reading the agency's webhooks, and the calls that switch one off or on, renew its secret or
// remove it; each refreshes what this screen shows.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { webhookKeys, type Webhook, type WebhookWithSecret } from './webhook-types.ts';

/** Every webhook of the agency with its counts (the API answers them in one list). */
export function useWebhooks() {
  return useQuery({ queryKey: webhookKeys.list, queryFn: () => api.get<{ items: Webhook[] }>('/api/v1/webhooks').then((a) => a.items) });
}

/** The calls on one webhook. */
export function useWebhookCalls() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhookKeys.all });
  return {
    switchTo: useMutation({
      mutationFn: ({ id, active }: { id: string; active: boolean }) => api.patch<Webhook>(`/api/v1/webhooks/${id}`, { active }),
      onSuccess: refresh,
    }),
    renew: useMutation({ mutationFn: (id: string) => api.post<WebhookWithSecret>(`/api/v1/webhooks/${id}/secret`), onSuccess: refresh }),
    /** The caller leaves the webhook's page first, then calls `refresh` (its page would read it again). */
    remove: useMutation({ mutationFn: (id: string) => api.delete(`/api/v1/webhooks/${id}`) }),
    refresh,
  };
}
