// A ticket's status in residents' words, with a colour and an icon (the colour is never alone:
// the word says it).
import { useTranslation } from '../light/light-i18n.ts';
import { Icon, type IconName } from './icons.tsx';
import type { ResidentStatus } from './portal-api.ts';

const ICON: Record<ResidentStatus, IconName> = {
  received: 'inbox',
  in_progress: 'tool',
  appointment: 'calendar',
  done: 'check',
  resolved: 'checkCircle',
  cancelled: 'x',
  closed: 'lock',
};

export function StatusBadge({ status }: { status: ResidentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`p-status p-status-${status}`} data-status={status}>
      <Icon name={ICON[status] ?? 'inbox'} size={16} />
      {t(`portal.status.${status}`)}
    </span>
  );
}
