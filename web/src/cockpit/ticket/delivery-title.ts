// A history event's title that does not claim "transmis" when none of the messages it called for
// left (the event's `delivery`, src/domain/messages/delivery-problems.ts): "Ordre de service non
// transmis", or the usual title with "nothing left" after it.
import type { TFunction } from 'i18next';
import type { TicketEventAnswer as TicketEvent } from '../../../../src/http/answers.ts';

const OWN_TITLES = ['work_order_sent', 'quote_requested'];

/** `title` unless the event's messages could not leave. */
export function deliveryTitle(event: Pick<TicketEvent, 'type' | 'delivery' | 'direction'>, title: string, t: TFunction, values: Record<string, string | number> = {}): string {
  // What a party answered is theirs: the notices it set off are not what its sentence says.
  if (event.delivery !== 'not_sent' || event.direction === 'in') return title;
  return OWN_TITLES.includes(event.type) ? t(`delivery.history.${event.type}`, values) : t('delivery.history.notSent', { title });
}
