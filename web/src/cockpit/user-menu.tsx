// The user's menu in the header: who is signed in, their account, the keyboard shortcuts, and
// signing out. Other screens add their own entry in the marked place below (one line each).
import type { ReactNode } from 'react';
import { Box, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconKeyboard, IconLogout, IconPlaneDeparture, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Session } from '../session.ts';

interface Props {
  session: Session;
  roles: string;
  signingOut: boolean;
  onSignOut: () => void;
  onShowShortcuts: () => void;
  /** Opens one's own absence and delegate (for those who work tickets). */
  onShowAbsence?: () => void;
}

const ICON = { size: 16, stroke: 1.6 } as const;

/** The entries other screens add to the menu, between the account and the shortcuts. */
function ExtraItems({ onShowAbsence }: Pick<Props, 'onShowAbsence'>): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      {onShowAbsence && (
        <Menu.Item leftSection={<IconPlaneDeparture {...ICON} aria-hidden="true" />} onClick={onShowAbsence}>
          {t('absence.menu')}
        </Menu.Item>
      )}
    </>
  );
}

/** The button with the user's name and roles, opening their menu. */
export function UserMenu({ session, roles, signingOut, onSignOut, onShowShortcuts, onShowAbsence }: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal width={240}>
      <Menu.Target>
        <UnstyledButton data-testid="current-user" title={t('shell.userMenu', { name: session.user.name })} className="gardien-user-button">
          <Stack gap={0} align="flex-end" miw={0} visibleFrom="sm">
            <Text fw={600} size="sm" truncate>
              {session.user.name}
            </Text>
            <Text size="xs" c="dimmed" truncate data-testid="current-roles">
              {roles}
            </Text>
          </Stack>
          {/* On a phone only the icon shows: the name is still the button's name. */}
          <Box hiddenFrom="sm">
            <VisuallyHidden>{session.user.name}</VisuallyHidden>
          </Box>
          <IconUserCircle size={22} stroke={1.6} aria-hidden="true" />
          <IconChevronDown size={14} stroke={1.6} aria-hidden="true" />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('shell.userMenuLabel')}>
        <Menu.Label>{session.user.email}</Menu.Label>
        <Menu.Item component={Link} href="/account" leftSection={<IconUserCircle {...ICON} aria-hidden="true" />}>
          {t('account.title')}
        </Menu.Item>
        <ExtraItems onShowAbsence={onShowAbsence} />
        <Menu.Item leftSection={<IconKeyboard {...ICON} aria-hidden="true" />} rightSection={<kbd className="gardien-kbd">?</kbd>} onClick={onShowShortcuts}>
          {t('shortcuts.open')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout {...ICON} aria-hidden="true" />} disabled={signingOut} onClick={onSignOut}>
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
