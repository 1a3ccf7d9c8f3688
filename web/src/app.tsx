// The app's root: the sign-in page or the cockpit, depending on the session.
import { lazy, Suspense } from 'react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CockpitShell } from './cockpit/cockpit-shell.tsx';
import { errorMessage } from './i18n/error-message.ts';
import { useSession } from './session.ts';

// The sign-in page is its own chunk: a signed-in user never downloads it.
const LoginPage = lazy(() => import('./cockpit/login-page.tsx'));

// Contractors and approvers (no account) answer on /x: a page of its own (web/exchange.html, the
// light entry web/src/exchange/main.tsx), served by the server and never by this app.

// Choosing a new password (a reset link) or asking for one: public, no session either.
const ResetPasswordPage = lazy(() => import('./account/reset-password-page.tsx'));
const onResetPage = window.location.pathname === '/reset-password';

/** Shows the screen that fits who is (or is not) signed in. */
export function App() {
  if (onResetPage) return <Suspense fallback={null}><ResetPasswordPage /></Suspense>;
  const { t } = useTranslation();
  const session = useSession();

  const loading = (
    <Center mih="100vh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
  if (session.isPending) return loading;
  if (session.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={420}>
          <Alert role="alert" color="red" title={t('app.unavailable')}>
            {errorMessage(t, session.error)}
          </Alert>
          <Button onClick={() => void session.refetch()} loading={session.isFetching}>
            {t('app.retry')}
          </Button>
        </Stack>
      </Center>
    );
  }
  return session.data ? (
    <CockpitShell session={session.data} />
  ) : (
    <Suspense fallback={loading}>
      <LoginPage />
    </Suspense>
  );
}
