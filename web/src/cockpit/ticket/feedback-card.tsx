// The requester's feedback on the resolved ticket, read-only: the rating with its icon, the reason,
// the comment and the date; before it, when the ticket is resolved, since when and when it closes
// on its own without feedback.
import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconMoodHappy, IconMoodEmpty, IconMoodSad, IconCircleCheck, type IconProps } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { FEEDBACK_RATINGS, FEEDBACK_REASONS } from '../../../../src/domain/portal/portal-codes.ts';

const RATING_LOOK: Record<string, { icon: ComponentType<IconProps>; color: string }> = {
  good: { icon: IconMoodHappy, color: 'teal' },
  fair: { icon: IconMoodEmpty, color: 'yellow' },
  bad: { icon: IconMoodSad, color: 'red' },
};

const known = (list: readonly string[], value: string | null | undefined) => (value && list.includes(value) ? value : null);

/** The card; nothing while the ticket is neither resolved nor rated. */
export function FeedbackCard({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { feedback, resolvedAt, autoCloseAt } = ticket;
  if (!feedback && !resolvedAt) return null;
  const rating = known(FEEDBACK_RATINGS, feedback?.rating);
  const reason = known(FEEDBACK_REASONS, feedback?.reason);
  const look = rating ? RATING_LOOK[rating]! : { icon: IconCircleCheck, color: 'blue' };
  const Icon = look.icon;

  return (
    <Paper withBorder p="sm" radius="md" data-testid="feedback-card" className="gardien-card">
      <Stack gap={6}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color={look.color} radius="xl" size={34} aria-hidden="true">
            <Icon size={20} stroke={1.6} />
          </ThemeIcon>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Text fw={600} size="sm">
              {t('feedback.cardTitle')}
            </Text>
            <Text size="xs" c="dimmed">
              {resolvedAt ? t('feedback.resolvedOn', { date: format.dateTime(resolvedAt) }) : null}
            </Text>
          </div>
        </Group>
        {feedback ? (
          <>
            <Text size="sm" fw={600} data-testid="feedback-rating">
              {t(`feedback.rating.${rating ?? 'unknown'}`)}
            </Text>
            {reason && (
              <Text size="sm">
                {t('history.detail', { label: t('feedback.reasonLabel') })} {t(`feedback.reason.${reason}`)}
              </Text>
            )}
            {feedback.comment && (
              <Text size="sm" className="gardien-wrap" style={{ whiteSpace: 'pre-wrap' }}>
                {feedback.comment}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('feedback.givenOn', { date: format.dateTime(feedback.at) })}
            </Text>
          </>
        ) : (
          <>
            <Text size="sm">{t('feedback.awaiting')}</Text>
            {autoCloseAt && (
              <Text size="xs" c="dimmed">
                {t('feedback.autoCloseOn', { date: format.dateTime(autoCloseAt) })}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
