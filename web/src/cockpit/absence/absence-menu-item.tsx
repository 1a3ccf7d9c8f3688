// The user menu's "Absent — déléguer à…" item: it says when the absence is in force, and opens
// the dialog (loaded on first use: the list's first screen does not carry it).
import { lazy, Suspense, useState } from 'react';
import { ActionIcon, Button } from '@mantine/core';
import { IconPlaneDeparture } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOwnDelegation } from './own-delegation.ts';

const AbsenceDialog = lazy(() => import('./absence-dialog.tsx'));

/** One item: a compact button in the header (its icon alone on a phone). */
export function AbsenceMenuItem() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const current = useOwnDelegation();
  const away = current.data?.inForce ? current.data.delegate : null;
  const label = away ? t('absence.awayTitle', { name: away.name }) : t('absence.menu');
  return (
    <>
      <Button
        visibleFrom="sm"
        variant={away ? 'light' : 'default'}
        color={away ? 'orange.9' : undefined}
        size="compact-sm"
        leftSection={<IconPlaneDeparture size={16} stroke={1.6} aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid="absence-menu-item"
        title={label}
      >
        {away ? t('absence.away') : t('absence.menu')}
      </Button>
      <ActionIcon hiddenFrom="sm" variant={away ? 'light' : 'default'} color={away ? 'orange.9' : undefined} onClick={() => setOpen(true)} aria-label={label}>
        <IconPlaneDeparture size={18} stroke={1.6} />
      </ActionIcon>
      {open && (
        <Suspense fallback={null}>
          <AbsenceDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
