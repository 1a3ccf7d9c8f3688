// Whether a record (contractor, user, category, rule) is still in use.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from './status-badge.tsx';

/** "Active" in the ok tone, or "inactive" in the neutral one. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <StatusBadge tone={active ? 'ok' : 'neutral'}>{active ? t('admin.common.active') : t('admin.common.inactive')}</StatusBadge>;
}
