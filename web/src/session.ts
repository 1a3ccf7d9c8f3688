// Who is signed in: GET /api/v1/me through TanStack Query, and the sign-in/sign-out mutations.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './api.ts';
import { markSignedIn, markSignedOut, noteRefusedSession } from './session-expiry.ts';

/** A staff member as GET /api/v1/me describes them. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  language?: string;
}

/** The organization the staff member works for. */
export interface CurrentOrganization {
  id: string;
  name: string;
  currency: string;
}

/** The answer of GET /api/v1/me and of POST /api/v1/auth/login. */
export interface Session {
  user: CurrentUser;
  organization: CurrentOrganization;
}

/** The credentials typed on the sign-in page. */
export interface Credentials {
  email: string;
  password: string;
}

const sessionKey = ['me'] as const;

/** The current session, or null when nobody is signed in (401 from /me). */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: fetchSession,
    staleTime: 60_000,
  });
}

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/v1/me');
    markSignedIn();
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      noteRefusedSession();
      return null;
    }
    throw error;
  }
}

/** Signs in, then reloads /me so the whole app sees the new session. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => api.post<Session>('/api/v1/auth/login', credentials),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}

/** Signs out and forgets every cached answer of the previous session. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post<void>('/api/v1/auth/logout');
      } catch (error) {
        // A session that already expired is as good as a signed-out one.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      markSignedOut();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, null);
    },
  });
}
