// Messages to a contractor or a person of the ticket that could not leave (held: no SMS provider
// or mail server configured; failed: an address or a number refused, another error): on their
// card, each in words — what, why, how to fix it — with a link to the message in the outbox.
// The ticket answer's `deliveryProblems` (src/http/ticket-presenter.ts) is their source.
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../i18n/format.ts';
import type { DeliveryProblemAnswer as DeliveryProblem, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

interface Props {
  ticket: Ticket;
  /** The contractor's dispatch, or the person (party) whose messages are shown. */
  dispatchId?: string;
  partyId?: string;
}

/** One problem in words: "SMS en attente : aucun fournisseur SMS n'est configuré — …". */
function ProblemAlert({ problem }: { problem: DeliveryProblem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const channel = problem.channel === 'sms' ? 'sms' : 'email';
  const title = t(`delivery.title.${problem.state === 'held' ? 'held' : 'failed'}.${channel}`);
  const message = t(`admin.templates.names.${problem.template}`, { defaultValue: problem.template });
  return (
    <Alert
      color={problem.state === 'failed' ? 'red' : 'orange'}
      variant="light"
      p="xs"
      icon={<IconAlertTriangle size={18} stroke={1.6} aria-hidden />}
      // Dark text on the light tint: the alert's own colours are too pale for small type (axe-core).
      title={
        <Text span fw={700} size="sm" c="gray.9">
          {`${title} : ${t(`delivery.cause.${problem.cause}`, { error: problem.lastError ?? '' })}`}
        </Text>
      }
      data-testid="delivery-problem"
      data-cause={problem.cause}
    >
      <Stack gap={2}>
        <Text size="sm">{t('delivery.what', { message, to: problem.recipients.join(', '), date: format.dateTime(problem.createdAt) })}</Text>
        <Text size="sm">{t(`delivery.fix.${problem.fix}`)}</Text>
        <Anchor component={Link} href={problem.outboxUrl} size="sm" underline="always" c="blue.9">
          {t('delivery.openOutbox')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

/** The problems of one dispatch or one party; nothing when every message left. */
export function DeliveryProblems({ ticket, dispatchId, partyId }: Props) {
  const problems = (ticket.deliveryProblems ?? []).filter((p) => (dispatchId ? p.dispatchId === dispatchId : p.partyId === partyId));
  if (problems.length === 0) return null;
  return (
    <Stack gap={4} data-testid="delivery-problems">
      {problems.map((problem) => (
        <ProblemAlert key={problem.messageId} problem={problem} />
      ))}
    </Stack>
  );
}
