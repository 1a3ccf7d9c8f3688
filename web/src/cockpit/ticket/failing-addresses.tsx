// An email address of a contractor or a person that bounced permanently ("Adresse en échec"), with
// the remote server's reason: on their card, so the manager corrects it or calls them.
// The ticket answer's `failingAddresses` (src/http/ticket-presenter.ts) is its source.
import { Alert, Stack, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

/** One small alert per failing address among `emails`; nothing when none failed. */
export function FailingAddresses({ ticket, emails }: { ticket: Ticket; emails: readonly (string | null | undefined)[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const wanted = new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()));
  const failing = (ticket.failingAddresses ?? []).filter((f) => wanted.has(f.address));
  if (failing.length === 0) return null;
  return (
    <Stack gap={4}>
      {failing.map((f) => (
        <Alert
          key={f.address}
          color="red"
          variant="light"
          p="xs"
          icon={<IconMailOff size={18} stroke={1.6} aria-hidden />}
          title={
            <Text span fw={700} size="sm" c="gray.9">
              {t('ticket.failingAddress.title', { address: f.address })}
            </Text>
          }
          data-testid="failing-address"
          data-address={f.address}
        >
          <Text size="sm" c="gray.9" className="gardien-wrap">
            {t('ticket.failingAddress.reason', { reason: f.reason, date: format.dateTime(f.failedAt) })}
          </Text>
          <Text size="sm" c="gray.9">
            {t('ticket.failingAddress.fix')}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}
