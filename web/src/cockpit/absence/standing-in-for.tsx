// The list's views of the colleagues the user stands in for (the seed: "les tickets de la
// personne qui vous a fait le transfert sont également montrés"): "Mes tickets" already holds
// them; each "Tickets de X (absent)" shows theirs alone, and again all of mine when pressed again.
import { Button, Group, Text } from '@mantine/core';
import { IconUserShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { ListParams } from '../list/list-params.ts';
import { useOwnDelegation } from './own-delegation.ts';

interface Props {
  params: ListParams;
  onChange: (patch: Partial<ListParams>) => void;
}

/** Nothing unless someone delegated to the user now. */
export function StandingInFor({ params, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const delegation = useOwnDelegation();
  const away = delegation.data?.standingInFor ?? [];
  if (away.length === 0) return null;
  return (
    <Group gap="xs" role="group" aria-label={t('absence.standingInFor')} data-testid="standing-in-for" className="gardien-no-print">
      <Text size="sm" c="dimmed">
        {t('absence.standingInFor')}
      </Text>
      {away.map((colleague) => {
        const pressed = params.mine && params.assigneeId === colleague.id;
        return (
          <Button
            key={colleague.id}
            size="compact-sm"
            variant={pressed ? 'filled' : 'light'}
            aria-pressed={pressed}
            leftSection={<IconUserShare size={16} stroke={1.6} aria-hidden />}
            onClick={() => onChange(pressed ? { assigneeId: null } : { mine: true, assigneeId: colleague.id })}
            title={colleague.until ? t('absence.awayUntil', { date: format.date(colleague.until) }) : t('absence.awayUntilBack')}
          >
            {t('absence.ticketsOf', { name: colleague.name })}
          </Button>
        );
      })}
    </Group>
  );
}
