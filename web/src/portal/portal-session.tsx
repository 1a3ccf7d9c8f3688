// Who is signed in: the resident's PortalMe, read once when the page opens (GET /portal/me) and
// replaced after signing in, a change of settings or signing out. The page's language follows the
// resident's choice once known.
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { changeLanguage, currentLanguage } from '../light/light-i18n.ts';
import { isLanguageCode } from '../i18n/languages.ts';
import { signedOut } from './portal-errors.ts';
import { portalApi, type PortalMe } from './portal-api.ts';

type SessionState = { kind: 'loading' } | { kind: 'signed_out' } | { kind: 'unavailable' } | { kind: 'signed_in'; me: PortalMe };

interface Session {
  state: SessionState;
  /** The resident after signing in or a change (their language applied). */
  signedIn: (me: PortalMe) => void;
  signOut: () => Promise<void>;
  reload: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function PortalSessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });

  const signedIn = useCallback((me: PortalMe) => {
    if (isLanguageCode(me.language) && me.language !== currentLanguage()) void changeLanguage(me.language).catch(() => undefined);
    setState({ kind: 'signed_in', me });
  }, []);

  const reload = useCallback(() => {
    portalApi
      .me()
      .then(signedIn)
      .catch((error: unknown) => setState({ kind: signedOut(error) ? 'signed_out' : 'unavailable' }));
  }, [signedIn]);
  useEffect(reload, [reload]);

  const signOut = useCallback(async () => {
    await portalApi.logout().catch(() => undefined);
    setState({ kind: 'signed_out' });
  }, []);

  const value = useMemo(() => ({ state, signedIn, signOut, reload }), [state, signedIn, signOut, reload]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside PortalSessionProvider');
  return session;
}

/** The signed-in resident (the pages that need one are only shown then). */
export function useMe(): PortalMe {
  const { state } = useSession();
  if (state.kind !== 'signed_in') throw new Error('useMe without a signed-in resident');
  return state.me;
}
