// A resident's portal state as a coloured badge with an icon and words (never colour alone):
// Non invité, Invité, Actif, Expiré, Désactivé.
import type { ComponentType } from 'react';
import { Group } from '@mantine/core';
import { IconBan, IconCircleCheck, IconCircleDashed, IconClockExclamation, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PortalState } from '../../../../src/domain/portal/portal-codes.ts';
import { StatusBadge, type Tone } from '../shared/status-badge.tsx';

const LOOK: Record<PortalState, { tone: Tone; icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean | 'true' }> }> = {
  none: { tone: 'neutral', icon: IconCircleDashed },
  invited: { tone: 'info', icon: IconMailForward },
  active: { tone: 'ok', icon: IconCircleCheck },
  expired: { tone: 'warn', icon: IconClockExclamation },
  deactivated: { tone: 'bad', icon: IconBan },
};

/** The state's badge. */
export function PortalStateBadge({ state }: { state: PortalState }) {
  const { t } = useTranslation();
  const { tone, icon: Icon } = LOOK[state] ?? LOOK.none;
  return (
    <StatusBadge tone={tone} data-testid="portal-state" data-state={state}>
      <Group gap={4} wrap="nowrap">
        <Icon size={14} stroke={1.8} aria-hidden="true" />
        {t(`admin.residents.states.${state}`)}
      </Group>
    </StatusBadge>
  );
}
