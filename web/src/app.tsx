// The app's root: the sign-in page or the cockpit, depending on the session.
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CockpitShell } from './cockpit/cockpit-shell.tsx';
import { LoginPage } from './cockpit/login-page.tsx';
import { errorMessage } from './i18n/error-message.ts';
import { useSession } from './session.ts';

/** Shows the screen that fits who is (or is not) signed in. */
export function App() {
  const { t } = useTranslation();
  const session = useSession();

  if (session.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
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
  return session.data ? <CockpitShell session={session.data} /> : <LoginPage />;
}
