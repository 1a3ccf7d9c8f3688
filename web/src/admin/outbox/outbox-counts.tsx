// How many messages are in each state; a click shows only those.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { OUTBOX_STATES } from '../../../../src/domain/messages/outbox-states.ts';

interface Props {
  counts: Record<string, number>;
  state: string | null;
  onState: (state: string | null) => void;
}

/** A button per state with its count; the current filter is pressed. */
export function OutboxCounts({ counts, state, onState }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <Group gap="xs" role="group" aria-label={t('admin.outbox.countsLabel')} data-testid="outbox-counts">
      <Button size="compact-sm" variant={state === null ? 'filled' : 'default'} aria-pressed={state === null} onClick={() => onState(null)}>
        {t('admin.outbox.allStates', { n: format.number(total) })}
      </Button>
      {OUTBOX_STATES.map((code) => (
        <Button
          key={code}
          size="compact-sm"
          variant={state === code ? 'filled' : 'default'}
          aria-pressed={state === code}
          onClick={() => onState(state === code ? null : code)}
          data-testid={`outbox-count-${code}`}
        >
          {t(`admin.outbox.states.${code}`)} · {format.number(counts[code] ?? 0)}
        </Button>
      ))}
    </Group>
  );
}
