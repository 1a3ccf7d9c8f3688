// When a link does not open the page: not valid, expired, revoked, the ticket closed, or the
// page's session over. Said kindly, with what to do, and nothing about the ticket.
import { useEffect } from 'react';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Problem } from './exchange-types.ts';

const TONE: Record<Problem, string> = {
  link_invalid: 'orange',
  link_expired: 'orange',
  link_revoked: 'gray',
  ticket_closed: 'teal',
  session_ended: 'orange',
};

/** The kind page for one problem. */
export function ProblemPanel({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t(`exchange.problem.${problem}.title`)} – ${t('app.name')}`;
  }, [t, problem]);
  return (
    <Paper withBorder radius="md" p="lg" mt="md" style={{ borderInlineStart: `6px solid var(--mantine-color-${TONE[problem]}-7)` }} data-testid="exchange-problem" data-problem={problem}>
      <Stack gap="sm">
        <Title order={1} size="h2">
          {t(`exchange.problem.${problem}.title`)}
        </Title>
        <Text size="md">{t(`exchange.problem.${problem}.text`)}</Text>
        <Text size="md" c="dimmed">
          {t(`exchange.problem.${problem}.next`)}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The page could not be read (no connection, the server down): try again. */
export function UnavailablePanel({ onRetry, pending }: { onRetry: () => void; pending: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" mt="md" role="alert">
      <Stack gap="sm">
        <Title order={1} size="h2">
          {t('exchange.unavailable.title')}
        </Title>
        <Text size="md">{t('exchange.unavailable.text')}</Text>
        <Button size="lg" onClick={onRetry} loading={pending}>
          {t('exchange.unavailable.retry')}
        </Button>
      </Stack>
    </Paper>
  );
}
