// Labels of the ticket codes in the interface language: statuses from the domain's table (which
// carries French and English), the rest from the translation files.
import { useTranslation } from 'react-i18next';
import { STATUSES, type TicketStatus } from '../../../../src/domain/tickets/codes.ts';

/** Translators of ticket codes, bound to the active language. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? i18n.language) === 'en' ? 'en' : 'fr';
  return {
    status: (status: string) => (status in STATUSES ? STATUSES[status as TicketStatus][language] : status),
    type: (type: string) => t(`codes.type.${type}`, { defaultValue: type }),
    typeLong: (type: string) => t(`codes.typeLong.${type}`, { defaultValue: type }),
    source: (source: string) => t(`codes.source.${source}`, { defaultValue: source }),
    waitingOn: (who: string) => t(`codes.waitingOn.${who}`, { defaultValue: who }),
    dispatchState: (state: string) => t(`codes.dispatchState.${state}`, { defaultValue: state }),
    dispatchKind: (kind: string) => t(`codes.dispatchKind.${kind}`, { defaultValue: kind }),
    trade: (trade: string) => t(`codes.trade.${trade}`, { defaultValue: trade }),
    channel: (channel: string) => t(`codes.channel.${channel}`, { defaultValue: channel }),
    visibility: (visibility: string) => t(`codes.visibility.${visibility}`, { defaultValue: visibility }),
    presence: (presence: string) => t(`codes.presence.${presence}`, { defaultValue: presence }),
    action: (action: string) => t(`actions.${action}.button`, { defaultValue: action }),
  };
}
