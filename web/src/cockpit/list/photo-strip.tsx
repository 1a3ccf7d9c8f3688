// A pending request's photos on its row (inspection notes, web form, email): the first few as
// small thumbnails, and how many more, so that requests can be sorted out at a glance before
// one is opened for validation. The row opens the ticket; the strip is only a picture of it.
import { useTranslation } from 'react-i18next';
import type { TicketListItemAnswer as TicketListItem } from '../../../../src/http/answers.ts';

/** The strip; nothing for a ticket without photos. */
export function PhotoStrip({ ticket }: { ticket: Pick<TicketListItem, 'photoCount' | 'photos'> }) {
  const { t } = useTranslation();
  if (ticket.photoCount === 0) return null;
  const more = ticket.photoCount - ticket.photos.length;
  return (
    <span className="gardien-photos" role="img" aria-label={t('list.photos', { count: ticket.photoCount })} title={t('list.photos', { count: ticket.photoCount })} data-photos={ticket.photoCount}>
      {ticket.photos.map((photo) => (
        <img key={photo.id} src={photo.url} alt="" width={28} height={28} loading="lazy" decoding="async" />
      ))}
      {more > 0 && <span className="gardien-photos-more" aria-hidden="true">+{more}</span>}
    </span>
  );
}
