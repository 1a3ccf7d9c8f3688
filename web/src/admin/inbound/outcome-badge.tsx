// What an inbound message became, in words: "Ticket créé n°12" (a link to the ticket for those who
// may open it), "Réponse ajoutée au n°12", "Ignoré", "Refusé".
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusBadge, type Tone } from '../shared/status-badge.tsx';

const TONES: Record<string, Tone> = { ticket_created: 'ok', answer_added: 'info', ignored: 'neutral', refused: 'bad' };

interface Props {
  outcome: string;
  ticketNumber: number | null;
  /** Whether the reader may open tickets (an app admin alone may not). */
  ticketLinks: boolean;
}

/** The badge, and the ticket's link beside it. */
export function OutcomeBadge({ outcome, ticketNumber, ticketLinks }: Props) {
  const { t } = useTranslation();
  const withTicket = ticketNumber !== null && (outcome === 'ticket_created' || outcome === 'answer_added');
  const label = withTicket
    ? t(`admin.inboundMessages.outcomes.${outcome}`, { defaultValue: outcome, number: ticketNumber })
    : t(`admin.inboundMessages.plainOutcomes.${outcome}`, { defaultValue: outcome });
  const badge = (
    <StatusBadge tone={TONES[outcome] ?? 'neutral'} data-testid="inbound-outcome">
      {label}
    </StatusBadge>
  );
  if (!withTicket || !ticketLinks) return badge;
  return (
    <Anchor component={Link} href={`/tickets/${ticketNumber}`} aria-label={label} underline="never">
      {badge}
    </Anchor>
  );
}
