// The words of the exchange page that depend on the view: the step the party is at, an
// appointment in full ("lundi 4 mai 2026 à 09:00"), a phone number for `tel:`.
import type { TFunction } from '../light/light-i18n.ts';
import { useFormat } from '../light/light-format.ts';
import type { ApproverView, ContractorView, ExchangeView } from './exchange-types.ts';

/** Formatters for the page, in the active language. */
export function useExchangeFormat() {
  const format = useFormat();
  return {
    ...format,
    /** An appointment with its weekday, spelled out. */
    when: (value: string) =>
      new Intl.DateTimeFormat(format.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(value)),
  };
}

export type ExchangeFormat = ReturnType<typeof useExchangeFormat>;

const KNOWN_STATES: Record<ContractorView['dispatch']['kind'], string[]> = {
  work_order: ['requested', 'accepted', 'planned', 'on_site', 'done', 'invoice_requested', 'invoice_received', 'refused', 'cancelled'],
  quote: ['requested', 'accepted', 'quote_received', 'approval_requested', 'approved', 'disapproved', 'not_retained', 'refused', 'cancelled'],
};

/** Where a contractor stands, in words: a title and a sentence saying what is awaited. */
function contractorStep(t: TFunction, view: ContractorView, format: ExchangeFormat) {
  const { kind, state, appointment, quote, invoiceAmountCents } = view.dispatch;
  const key = KNOWN_STATES[kind]?.includes(state) ? `exchange.step.${kind}.${state}` : 'exchange.step.unknown';
  const values = {
    when: appointment ? format.when(appointment.startsAt) : '',
    duration: appointment?.durationMinutes ? format.minutes(appointment.durationMinutes) : '',
    amount: quote ? format.money(quote.amountCents, view.currency) : invoiceAmountCents !== null ? format.money(invoiceAmountCents, view.currency) : '',
  };
  // A sentence with a date or an amount has a plainer variant for when the page has none.
  const variant = (state === 'accepted' || state === 'planned') && kind === 'work_order' && !appointment ? '_plain' : '';
  const amountVariant = ['quote_received', 'approval_requested', 'invoice_received'].includes(state) && !values.amount ? '_plain' : '';
  return {
    title: t(`${key}.title`, { defaultValue: t('exchange.step.unknown.title') }),
    text: t(`${key}.text${variant || amountVariant}`, { ...values, defaultValue: t('exchange.step.unknown.text') }),
  };
}

function approverStep(t: TFunction, view: ApproverView) {
  const awaited = view.quotes.some((quote) => quote.actions.length > 0);
  return {
    title: t('exchange.step.approver.title'),
    text: awaited ? t('exchange.step.approver.awaited') : view.approver.decision ? t('exchange.step.approver.decided') : t('exchange.step.approver.nothing'),
  };
}

/** The step the party is at: the page's title and what is expected of them now. */
export function stepOf(t: TFunction, view: ExchangeView, format: ExchangeFormat): { title: string; text: string } {
  return view.role === 'contractor' ? contractorStep(t, view, format) : approverStep(t, view);
}

/** A phone number as a `tel:` link wants it: digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
