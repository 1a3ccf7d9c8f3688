// A message's state as a badge: sent, failed, held (no transport), silenced…
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../shared/status-badge.tsx';

const TONES: Record<string, Tone> = {
  held: 'warn',
  queued: 'info',
  sending: 'info',
  sent: 'ok',
  failed: 'bad',
  silenced: 'neutral',
};

/** The state's label in a badge of its tone. */
export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[state] ?? 'neutral'}>{t(`admin.outbox.states.${state}`, { defaultValue: state })}</StatusBadge>;
}
