// One ticket in the list: blue when the manager must act, grey when someone else must; the
// subject shows the description on hover (and screen readers read it as its description).
// Plain table elements: fifty rows of them must draw fast.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../i18n/format.ts';
import { useLabels } from '../shared/labels.ts';
import { StatusLabel } from '../shared/status-label.tsx';
import type { TicketListItemAnswer as TicketListItem } from '../../../../src/http/answers.ts';
import { AgeMarker } from './age-marker.tsx';
import { FirstResponseFlag } from './first-response-flag.tsx';

interface Props {
  ticket: TicketListItem;
  selected: boolean;
  onSelect: (number: number, selected: boolean) => void;
}

/** Which colour the row takes: the status kind, or "action" when an answer waits unread. */
function rowKind(ticket: TicketListItem): string {
  if (ticket.statusKind === 'closed') return 'closed';
  if (ticket.statusKind === 'action' || ticket.needsAction) return 'action';
  return ticket.statusKind;
}

/** A table row with its selection box and links to the ticket. */
export function TicketRow({ ticket, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const href = `/tickets/${ticket.number}`;
  const place = ticket.unitReference ? `${ticket.property.name} — ${ticket.unitReference}` : ticket.property.name;
  const descriptionId = `ticket-description-${ticket.number}`;
  const description = ticket.descriptionExcerpt || t('list.noDescription');

  return (
    <tr className="gardien-ticket-row" data-kind={rowKind(ticket)} data-selected={selected} data-ticket={ticket.number}>
      <td className="gardien-no-print">
        <input
          type="checkbox"
          className="gardien-check"
          aria-label={t('list.selectTicket', { number: ticket.number })}
          checked={selected}
          onChange={(event) => onSelect(ticket.number, event.currentTarget.checked)}
        />
      </td>
      <td className="gardien-nowrap">
        <AgeMarker age={ticket.ageColour} />
        <Link href={href} aria-label={t('list.openTicket', { number: ticket.number })}>
          {ticket.number}
        </Link>
      </td>
      <td title={format.dateTime(ticket.createdAt)}>{format.date(ticket.createdAt, 'short')}</td>
      <td title={format.dateTime(ticket.updatedAt)}>{format.date(ticket.updatedAt, 'short')}</td>
      <td>
        <StatusLabel status={ticket.status} kind={ticket.statusKind} />
        <FirstResponseFlag state={ticket.firstResponse} dueAt={ticket.firstResponseDueAt} />
      </td>
      <td>{place}</td>
      <td>
        <Link href={href} title={description} aria-describedby={descriptionId}>
          {ticket.subject}
        </Link>
        <span id={descriptionId} hidden>
          {description}
        </span>
        {ticket.unreadCount > 0 && <span className="gardien-unread">{t('list.unread', { count: ticket.unreadCount })}</span>}
      </td>
      <td>
        <abbr title={labels.typeLong(ticket.type)}>{labels.type(ticket.type)}</abbr>
      </td>
      <td>{format.list(ticket.contractors)}</td>
      <td>{ticket.assignee?.name ?? <span className="gardien-dimmed">{t('list.unassignedShort')}</span>}</td>
    </tr>
  );
}
