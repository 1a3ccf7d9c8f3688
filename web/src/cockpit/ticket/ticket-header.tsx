// The ticket's header in three parts, as the seed lays it out.
import { Paper, SimpleGrid } from '@mantine/core';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { HeaderStep } from './header-step.tsx';
import { HeaderSubject } from './header-subject.tsx';
import { HeaderSummary } from './header-summary.tsx';

/** Summary, subject and step, side by side on wide screens. */
export function TicketHeader({ ticket, timeSpent }: { ticket: Ticket; timeSpent: number | undefined }) {
  return (
    <Paper withBorder p="md" component="header" data-tour="ticket-header" data-closed={ticket.closedAt ? 'true' : 'false'}>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <HeaderSummary ticket={ticket} />
        <HeaderSubject ticket={ticket} timeSpent={timeSpent} />
        <HeaderStep ticket={ticket} />
      </SimpleGrid>
    </Paper>
  );
}
