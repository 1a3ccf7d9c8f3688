// The "?" of a screen's header: opens the screen's help (a drawer of a few lines, loaded on first use).
import { lazy, Suspense, useState } from 'react';
import { ActionIcon } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { helpScreenOf } from './help-screens.ts';

const HelpDrawer = lazy(() => import('./help-drawer.tsx'));

/** The help button of the screen `screen` (by default, the screen of the current address). */
export function HelpButton({ screen }: { screen?: string }) {
  const { t, i18n } = useTranslation();
  const [location] = useLocation();
  const [opened, setOpened] = useState(false);
  const [used, setUsed] = useState(false);
  const id = screen ?? helpScreenOf(location);
  if (!id || !i18n.exists(`help.screens.${id}.title`)) return null;
  return (
    <>
      <ActionIcon
        variant="subtle"
        size="lg"
        className="gardien-no-print"
        aria-label={t('help.open', { screen: t(`help.screens.${id}.title`) })}
        aria-haspopup="dialog"
        data-tour="help-button"
        onClick={() => {
          setUsed(true);
          setOpened(true);
        }}
      >
        <IconHelpCircle size={20} stroke={1.6} aria-hidden="true" />
      </ActionIcon>
      {used && (
        <Suspense fallback={null}>
          <HelpDrawer screen={id} opened={opened} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  );
}
