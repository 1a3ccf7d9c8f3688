// GSM-7 or UCS-2, in a badge: UCS-2 costs more than twice as many SMS, and says so in red.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../shared/status-badge.tsx';

/** The encoding's name in a badge of its tone. */
export function EncodingBadge({ encoding, testId }: { encoding: string; testId?: string }) {
  const { t } = useTranslation();
  const ucs2 = encoding === 'UCS-2';
  return (
    <StatusBadge tone={ucs2 ? 'bad' : 'ok'} data-testid={testId}>
      {ucs2 ? t('admin.templates.sms.ucs2') : t('admin.templates.sms.gsm7')}
    </StatusBadge>
  );
}
