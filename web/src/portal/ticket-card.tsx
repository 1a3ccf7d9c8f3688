// One ticket in a list: subject, status, place, date, appointment, what awaits the resident
// ("À décider", "Votre avis") and the unread messages; the whole card opens the ticket.
import { Link } from 'wouter';
import { useTranslation } from '../light/light-i18n.ts';
import { Icon } from './icons.tsx';
import { usePortalFormat } from './portal-format.ts';
import type { PortalTicketItem } from './portal-api.ts';
import { StatusBadge } from './status-badge.tsx';

export function placeText(t: (key: string, options?: Record<string, unknown>) => string, place: { propertyName: string; unitReference: string | null }): string {
  return place.unitReference ? t('portal.place.unit', { property: place.propertyName, unit: place.unitReference }) : t('portal.place.common', { property: place.propertyName });
}

export function TicketCard({ ticket }: { ticket: PortalTicketItem }) {
  const { t } = useTranslation();
  const format = usePortalFormat();
  return (
    <li>
      <Link href={`/tickets/${ticket.number}`} className="card p-ticket-card" data-ticket={ticket.number}>
        <span className="row-between">
          <span className="strong wrap p-ticket-subject">{ticket.subject}</span>
          <span className="sm dimmed p-ticket-number">{t('portal.ticketNumber', { number: ticket.number })}</span>
        </span>
        <span className="p-badges">
          <StatusBadge status={ticket.status} />
          {ticket.awaitingMyDecision && <span className="p-flag p-flag-decide">{t('portal.badges.decide')}</span>}
          {ticket.awaitingMyFeedback && <span className="p-flag p-flag-feedback">{t('portal.badges.feedback')}</span>}
          {ticket.unreadMessages > 0 && (
            <span className="p-flag p-flag-unread">
              <Icon name="message" size={14} />
              {t('portal.badges.unread', { count: ticket.unreadMessages })}
            </span>
          )}
        </span>
        <span className="sm p-ticket-meta">
          <span className="row">
            <Icon name="pin" size={16} />
            <span className="wrap">{placeText(t, ticket.place)}</span>
          </span>
          <span className="row dimmed">
            <Icon name="clock" size={16} />
            <span>{t(ticket.mine ? 'portal.requestedOnMine' : 'portal.requestedOn', { date: format.date(ticket.requestedAt) })}</span>
          </span>
          {ticket.appointment && (
            <span className="row p-ticket-appointment">
              <Icon name="calendar" size={16} />
              <span>{t('portal.appointmentOn', { when: format.appointment(ticket.appointment.startsAt, ticket.appointment.durationMinutes) })}</span>
            </span>
          )}
        </span>
      </Link>
    </li>
  );
}
