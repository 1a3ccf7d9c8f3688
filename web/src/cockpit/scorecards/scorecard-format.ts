// How a scorecard's values read: shares as percentages, durations in minutes, hours or days, the
// compact line beside a contractor in the picker.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { Scorecard } from './scorecard-queries.ts';

const HOUR = 3600;

/** Formatters of a scorecard's values, in the interface's language. */
export function useScorecardFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 });
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(format.locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  const decimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });

  /** "45 min", "3 h", "4,5 h", "2,3 j". */
  const duration = (seconds: number | null) => {
    if (seconds === null) return '—';
    if (seconds < HOUR) return unit(Math.round(seconds / 60), 'minute');
    if (seconds < 48 * HOUR) return unit(seconds / HOUR, 'hour');
    return unit(seconds / (24 * HOUR), 'day');
  };
  const share = (value: number | null) => (value === null ? '—' : percent.format(value));

  /** "92 % acceptés · accepte en 3 h · ★ 4 bons / 1 mauvais", or "no dispatch in 12 months". */
  const compact = (card: Scorecard) => {
    if (card.dispatches.total === 0) return t('scorecard.compact.none');
    const parts = [t('scorecard.compact.accepted', { share: share(card.accepted.share) })];
    if (card.medianSeconds.toAccept !== null) parts.push(t('scorecard.compact.acceptsIn', { duration: duration(card.medianSeconds.toAccept) }));
    const { good, fair, bad } = card.feedback;
    if (good + fair + bad > 0) parts.push(`★ ${t('scorecard.compact.good', { count: good })} / ${t('scorecard.compact.bad', { count: bad })}`);
    return parts.join(' · ');
  };

  return { duration, share, compact, number: (value: number | null) => (value === null ? '—' : decimal.format(value)), money: format.money, calendarDate: format.calendarDate };
}
