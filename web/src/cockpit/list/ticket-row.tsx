// One ticket in the list: blue when the manager must act, grey when someone else must; the
// subject shows the description on hover (and screen readers read it as its description).
// Plain table elements: fifty rows of them must draw fast. The subject is the row's real link;
// a click anywhere else on the row opens the ticket too (Ctrl/⌘ or the middle button: a new tab).
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useFormat } from '../../i18n/format.ts';
import { useLabels } from '../shared/labels.ts';
import { StatusLabel } from '../shared/status-label.tsx';
import type { TicketListItemAnswer as TicketListItem } from '../../../../src/http/answers.ts';
import { AgeMarker } from './age-marker.tsx';
import { FirstResponseFlag } from './first-response-flag.tsx';
import { SourceIcon, StatusIcon, UnreadBadge } from './row-icons.tsx';
import { IncidentBadge } from '../incident/incident-badge.tsx';
import { PhotoStrip } from './photo-strip.tsx';

interface Props {
  ticket: TicketListItem;
  selected: boolean;
  highlighted: boolean;
  onSelect: (number: number, selected: boolean) => void;
}

/** Which colour the row takes: the status kind, or "action" when an answer waits unread. */
function rowKind(ticket: TicketListItem): string {
  if (isClosed(ticket)) return 'closed';
  if (ticket.statusKind === 'action' || ticket.needsAction) return 'action';
  return ticket.statusKind;
}

/** Closed (or cancelled request, which closes it): no "waiting for handling" marks then. */
export function isClosed(ticket: Pick<TicketListItem, 'statusKind' | 'closedAt'>): boolean {
  return ticket.statusKind === 'closed' || ticket.closedAt !== null;
}

/** The ticket's address, for the row and the keyboard. */
export const ticketHref = (number: number) => `/tickets/${number}`;

/** A table row with its selection box and links to the ticket. */
export function TicketRow({ ticket, selected, highlighted, onSelect }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const [, navigate] = useLocation();
  const href = ticketHref(ticket.number);
  const propertyName = ticket.property?.name ?? t('ticket.placeUnknown');
  const place = ticket.unitReference ? `${propertyName} — ${ticket.unitReference}` : propertyName;
  const descriptionId = `ticket-description-${ticket.number}`;
  const description = ticket.descriptionExcerpt || t('list.noDescription');
  const open = !isClosed(ticket);

  const openFromRow = (event: MouseEvent<HTMLTableRowElement>) => {
    const target = event.target as HTMLElement;
    // Links, the selection box and its cell do their own thing; selecting text to copy it too.
    if (target.closest('a, button, input, label, .gardien-select-cell')) return;
    if (window.getSelection()?.toString()) return;
    if (event.button === 1 || event.ctrlKey || event.metaKey) {
      window.open(href, '_blank', 'noopener');
      return;
    }
    if (event.button === 0) navigate(href);
  };

  return (
    <tr
      className="gardien-ticket-row"
      data-kind={rowKind(ticket)}
      data-selected={selected}
      data-highlighted={highlighted || undefined}
      data-ticket={ticket.number}
      onClick={openFromRow}
      onAuxClick={(event) => event.button === 1 && openFromRow(event)}
    >
      <td className="gardien-no-print gardien-select-cell">
        <input
          type="checkbox"
          className="gardien-check"
          aria-label={t('list.selectTicket', { number: ticket.number })}
          checked={selected}
          onChange={(event) => onSelect(ticket.number, event.currentTarget.checked)}
        />
      </td>
      <td className="gardien-nowrap">
        {open ? <AgeMarker age={ticket.ageColour} /> : <span className="gardien-age-none" aria-hidden="true" />}
        <Link href={href} aria-label={t('list.openTicket', { number: ticket.number })}>
          {ticket.number}
        </Link>
      </td>
      <td className="gardien-nowrap" title={format.dateTime(ticket.createdAt)}>{format.date(ticket.createdAt, 'short')}</td>
      <td className="gardien-nowrap" title={format.dateTime(ticket.updatedAt)}>{format.date(ticket.updatedAt, 'short')}</td>
      <td className="gardien-nowrap">
        <span className="gardien-status">
          <StatusIcon kind={isClosed(ticket) ? 'closed' : ticket.statusKind} />
          <StatusLabel status={ticket.status} kind={ticket.statusKind} />
        </span>
        {open && <FirstResponseFlag state={ticket.firstResponse} dueAt={ticket.firstResponseDueAt} />}
      </td>
      <td>{place}</td>
      <td>
        <span className="gardien-subject">
          <SourceIcon source={ticket.source} />
          <Link href={href} title={description} aria-describedby={descriptionId}>
            {ticket.subject}
          </Link>
          {ticket.unreadCount > 0 && <UnreadBadge count={ticket.unreadCount} />}
          <IncidentBadge ticket={ticket} />
          <PhotoStrip ticket={ticket} />
        </span>
        <span id={descriptionId} hidden>
          {description}
        </span>
      </td>
      <td>
        <abbr title={labels.typeLong(ticket.type)}>{labels.type(ticket.type)}</abbr>
      </td>
      <td>{format.list(ticket.contractors)}</td>
      <td className="gardien-nowrap">{ticket.assignee?.name ?? <span className="gardien-dimmed">{t('list.unassignedShort')}</span>}</td>
    </tr>
  );
}
