// The first-response target (DOMAIN.md §7): a flag while a new request waits for its first
// answer, red once it is late.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { FirstResponse } from '../../../../src/http/answers.ts';

/** Nothing once answered; "due" (with the deadline on hover) or "overdue" before. */
export function FirstResponseFlag({ state, dueAt }: { state: FirstResponse; dueAt: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (state === 'done') return null;
  return (
    <span className="gardien-flag" data-first-response={state} title={t('list.firstResponse.dueAt', { date: format.dateTime(dueAt) })}>
      {t(`list.firstResponse.${state}`)}
    </span>
  );
}
