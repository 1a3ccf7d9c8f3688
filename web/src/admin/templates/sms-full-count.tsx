// The count of the whole SMS as it leaves (from the preview): the body rendered with a real
// ticket, plus what Gardien adds — "Ticket N: ", the link, the agency's signature.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SmsCountAnswer } from '../../../../src/http/answers.ts';
import { WarningAlert } from '../shared/warning-alert.tsx';
import { EncodingBadge } from './encoding-badge.tsx';

interface Props {
  sms: SmsCountAnswer;
  /** Parts of the body alone, as typed, to say when the added parts cost one more. */
  bodyParts: number;
}

/** Encoding, characters and parts of the full SMS, with a warning when Gardien's parts add one. */
export function SmsFullCount({ sms, bodyParts }: Props) {
  const { t } = useTranslation();
  return (
    <div data-testid="sms-full-count">
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('admin.templates.sms.fullTitle')}
        </Text>
        <EncodingBadge encoding={sms.encoding} />
      </Group>
      <Text size="sm">
        {t('admin.templates.sms.characters', { count: sms.units })} ·{' '}
        <Text span fw={700} data-testid="sms-full-parts">
          {t('admin.templates.sms.parts', { count: sms.parts })}
        </Text>{' '}
        · {t('admin.templates.sms.perPart', { count: sms.perPart })} · {t('admin.templates.sms.remaining', { count: sms.remainingInPart })}
      </Text>
      {sms.parts > bodyParts && bodyParts > 0 && (
        <WarningAlert mt={6}>{t('admin.templates.sms.systemPartsCost', { from: bodyParts, to: sms.parts })}</WarningAlert>
      )}
    </div>
  );
}
