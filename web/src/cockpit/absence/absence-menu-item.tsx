// The user menu's "Absent — déléguer à…" item: it says when the absence is in force, and opens
// the dialog (loaded on first use: the list's first screen does not carry it).
import { lazy, Suspense, useState } from 'react';
import { Button } from '@mantine/core';
import { IconPlaneDeparture } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOwnDelegation } from './own-delegation.ts';

const AbsenceDialog = lazy(() => import('./absence-dialog.tsx'));

/** One item: a compact button in the header from tablets up; on a phone, in the navbar's block
 * of who is signed in (`inNavbar`), where there is room for its words. */
export function AbsenceMenuItem({ inNavbar = false }: { inNavbar?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const current = useOwnDelegation();
  const away = current.data?.inForce ? current.data.delegate : null;
  const label = away ? t('absence.awayTitle', { name: away.name }) : t('absence.menu');
  return (
    <>
      <Button
        visibleFrom={inNavbar ? undefined : 'sm'}
        variant={away ? 'light' : inNavbar ? 'subtle' : 'default'}
        color={away ? 'orange.9' : inNavbar ? 'dark' : undefined}
        size="compact-sm"
        justify={inNavbar ? 'flex-start' : undefined}
        px={inNavbar ? 0 : undefined}
        mt={inNavbar ? 4 : undefined}
        leftSection={<IconPlaneDeparture size={16} stroke={1.6} aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid={inNavbar ? 'absence-menu-item-navbar' : 'absence-menu-item'}
        title={label}
      >
        {away ? t('absence.away') : t('absence.menu')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <AbsenceDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
