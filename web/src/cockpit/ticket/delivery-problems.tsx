// Messages to a contractor or a person of the ticket that could not leave (held: no SMS provider
// or mail server configured; failed: an address or a number refused, another error): on their
// card, one alert per reason in words — what, why, how to fix it — with a link to each message
// in the outbox.
// The ticket answer's `deliveryProblems` (src/http/ticket-presenter.ts) is their source.
import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
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

/** Messages that stayed behind for one reason: same state, channel, cause and fix. */
function groupOf(problem: DeliveryProblem): string {
  return [problem.state, problem.channel, problem.cause, problem.fix, problem.cause === 'send_failed' ? (problem.lastError ?? '') : ''].join('|');
}

/** One reason in words, said once — "SMS en attente : aucun fournisseur SMS n'est configuré" —,
 * the messages it held back (each a link to the outbox), and how to fix it. */
function ProblemAlert({ problems }: { problems: DeliveryProblem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = problems[0]!;
  const channel = first.channel === 'sms' ? 'sms' : 'email';
  const title = t(`delivery.title.${first.state === 'held' ? 'held' : 'failed'}.${channel}`);
  const name = (problem: DeliveryProblem) => t(`admin.templates.names.${problem.template}`, { defaultValue: problem.template });
  const to = [...new Set(problems.flatMap((problem) => problem.recipients))].join(', ');
  return (
    <Alert
      color={first.state === 'failed' ? 'red' : 'orange'}
      variant="light"
      p="xs"
      icon={<IconAlertTriangle size={18} stroke={1.6} aria-hidden />}
      // Dark text on the light tint: the alert's own colours are too pale for small type (axe-core).
      title={
        <Text span fw={700} size="sm" c="gray.9">
          {`${title} : ${t(`delivery.cause.${first.cause}`, { error: first.lastError ?? '' })}`}
        </Text>
      }
      data-testid="delivery-problem"
      data-cause={first.cause}
    >
      <Stack gap={2}>
        {problems.length === 1 ? (
          <>
            <Text size="sm">{t('delivery.what', { message: name(first), to, date: format.dateTime(first.createdAt) })}</Text>
            <Text size="sm">{t(`delivery.fix.${first.fix}`)}</Text>
            <Anchor component={Link} href={first.outboxUrl} size="sm" underline="always" c="blue.9">
              {t('delivery.openOutbox')}
            </Anchor>
          </>
        ) : (
          <>
            <Text size="sm">{t('delivery.several', { count: problems.length, to })}</Text>
            <List size="sm" spacing={0} withPadding>
              {problems.map((problem) => (
                <List.Item key={problem.messageId} data-testid="delivery-problem-item">
                  <Anchor component={Link} href={problem.outboxUrl} size="sm" underline="always" c="blue.9">
                    {t('delivery.item', { message: name(problem), date: format.dateTime(problem.createdAt) })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
            <Text size="sm">{t(`delivery.fix.${first.fix}`)}</Text>
          </>
        )}
      </Stack>
    </Alert>
  );
}

/** The problems of one dispatch or one party, one alert per reason; nothing when every message left. */
export function DeliveryProblems({ ticket, dispatchId, partyId }: Props) {
  const problems = (ticket.deliveryProblems ?? []).filter((p) => (dispatchId ? p.dispatchId === dispatchId : p.partyId === partyId));
  if (problems.length === 0) return null;
  const groups = new Map<string, DeliveryProblem[]>();
  for (const problem of problems) groups.set(groupOf(problem), [...(groups.get(groupOf(problem)) ?? []), problem]);
  return (
    <Stack gap={4} data-testid="delivery-problems">
      {[...groups.entries()].map(([key, group]) => (
        <ProblemAlert key={key} problems={group} />
      ))}
    </Stack>
  );
}
