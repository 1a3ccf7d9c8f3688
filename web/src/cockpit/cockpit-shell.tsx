// The staff cockpit's frame: who is signed in, where to go, and the work area.
import '../ui/print.css';
import './shell.css';
import { lazy, Suspense, useState } from 'react';
import { Anchor, AppShell, Burger, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { adminRoutes } from '../admin/routes.tsx';
import { useFormat } from '../i18n/format.ts';
import { errorMessage } from '../i18n/error-message.ts';
import type { Session } from '../session.ts';
import { useSignOut } from '../session.ts';
import { LanguageMenu } from '../ui/language-menu.tsx';
import { AbsenceMenuItem } from './absence/absence-menu-item.tsx';
import { clickPrimaryStep, useShortcuts } from '../ui/shortcuts.ts';
import { TourLauncher } from '../tour/tour-launcher.tsx';
import { CockpitNavigation } from './cockpit-navigation.tsx';
import { can } from '../../../src/domain/roles.ts';
import { CockpitRoutes } from './cockpit-routes.tsx';
import { useLiveUpdates } from './live-updates.ts';
import { TICKET_ROLES } from './shared/master-data.ts';
import { UserMenu } from './user-menu.tsx';
import { useToolsAllowed } from '../community/community-tools.ts';

// The list of shortcuts loads the first time it is asked for.
const ShortcutsDialog = lazy(() => import('../ui/shortcuts-dialog.tsx'));
// So does the absence dialog, opened from the user's menu.
const AbsenceDialog = lazy(() => import('./absence/absence-dialog.tsx'));

/** The signed-in layout: header with the user and organization, navigation, main area. */
export function CockpitShell({ session }: { session: Session }) {
  const { t } = useTranslation();
  const format = useFormat();
  const signOut = useSignOut();
  const [navigationOpened, { toggle: toggleNavigation, close: closeNavigation }] = useDisclosure(false);
  const { user, organization } = session;
  const roles = format.list(user.roles.map((role) => t(`roles.${role}`, { defaultValue: role })));
  const worksTickets = user.roles.some((role) => (TICKET_ROLES as readonly string[]).includes(role));
  const readsReports = can(user.roles, 'reports:read');
  const tools = useToolsAllowed(user.roles);
  const allowedAdminRoutes = adminRoutes.filter((route) => route.roles.some((role) => user.roles.includes(role)));
  useLiveUpdates(worksTickets);
  const [shortcutsOpened, setShortcutsOpened] = useState(false);
  const [shortcutsLoaded, setShortcutsLoaded] = useState(false);
  const showShortcuts = () => {
    setShortcutsLoaded(true);
    setShortcutsOpened(true);
  };
  const [absenceOpened, setAbsenceOpened] = useState(false);
  useShortcuts({ '?': showShortcuts, e: () => void clickPrimaryStep() });

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navigationOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navigationOpened}
              onClick={toggleNavigation}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.openNavigation')}
            />
            <Title order={1} size="h4">
              {t('app.name')}
            </Title>
            <Text c="dimmed" truncate visibleFrom="sm" data-testid="current-organization">
              {organization.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {worksTickets && <AbsenceMenuItem />}
            <TourLauncher worksTickets={worksTickets} adminPaths={allowedAdminRoutes.map((route) => route.path)} />
            <LanguageMenu />
            <UserMenu
              session={session}
              roles={roles}
              signingOut={signOut.isPending}
              onSignOut={() => signOut.mutate()}
              onShowShortcuts={showShortcuts}
              onShowAbsence={worksTickets ? () => setAbsenceOpened(true) : undefined}
            />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        {/* On small screens the header has no room for who is signed in: the navbar says it. */}
        <Stack gap={0} px="sm" pb="sm" hiddenFrom="sm">
          <Anchor component={Link} href="/account" fw={600} size="sm" onClick={closeNavigation}>
            {user.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {roles}
          </Text>
          <Text size="xs" c="dimmed">
            {organization.name}
          </Text>
          {worksTickets && <AbsenceMenuItem inNavbar />}
        </Stack>
        <CockpitNavigation worksTickets={worksTickets} readsReports={readsReports} tools={tools} adminRoutes={allowedAdminRoutes} onNavigate={closeNavigation} />
      </AppShell.Navbar>

      <AppShell.Main>
        {signOut.isError && (
          <Text role="alert" c="red.9" mb="md">
            {t('shell.signOutFailed')} {errorMessage(t, signOut.error)}
          </Text>
        )}
        <CockpitRoutes worksTickets={worksTickets} readsReports={readsReports} tools={tools} adminRoutes={allowedAdminRoutes} />
        {shortcutsLoaded && (
          <Suspense fallback={null}>
            <ShortcutsDialog opened={shortcutsOpened} onClose={() => setShortcutsOpened(false)} />
          </Suspense>
        )}
        {absenceOpened && (
          <Suspense fallback={null}>
            <AbsenceDialog onClose={() => setAbsenceOpened(false)} />
          </Suspense>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
