// A delivery's state as a badge with an icon: queued, being sent, delivered, failed.
import type { ComponentType } from 'react';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconSend, type IconProps } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../shared/status-badge.tsx';

const LOOKS: Record<string, { tone: Tone; Icon: ComponentType<IconProps> }> = {
  queued: { tone: 'info', Icon: IconClock },
  sending: { tone: 'info', Icon: IconSend },
  delivered: { tone: 'ok', Icon: IconCircleCheck },
  failed: { tone: 'bad', Icon: IconAlertTriangle },
};

/** The state's word in a badge of its tone. */
export function DeliveryStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  const { tone, Icon } = LOOKS[state] ?? { tone: 'neutral' as Tone, Icon: IconClock };
  return (
    <StatusBadge tone={tone} leftSection={<Icon size={14} stroke={1.8} aria-hidden="true" />} data-testid="delivery-state">
      {t(`webhooks.deliveryStates.${state}`, { defaultValue: state })}
    </StatusBadge>
  );
}
