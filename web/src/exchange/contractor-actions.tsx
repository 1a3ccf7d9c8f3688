// What the contractor can do now, as the server lists it: one card per answer, the one the step
// calls for open, the others a tap away; refusing comes last.
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../light/light-i18n.ts';
import type { ContractorAction, ContractorView } from './exchange-types.ts';
import { AcknowledgeForm, CompleteForm, InvoiceForm, QuoteForm } from './contractor-forms.tsx';
import { AcceptForm, CheckInForm, ProposeAppointmentForm, RefuseForm } from './appointment-answers.tsx';

type StepAction = Exclude<ContractorAction, 'message'>;

const ORDER: StepAction[] = ['acknowledge', 'accept', 'propose_appointment', 'check_in', 'complete', 'submit_invoice', 'submit_quote', 'refuse'];

/** The answer each step calls for: its card is open from the start. */
function expected(view: ContractorView): StepAction | undefined {
  const { kind, state } = view.dispatch;
  if (state === 'requested') return kind === 'quote' ? 'submit_quote' : 'accept';
  if (kind === 'quote') return state === 'approved' ? 'propose_appointment' : ['accepted', 'disapproved'].includes(state) ? 'submit_quote' : undefined;
  const byState: Record<string, StepAction> = { planned: 'check_in', on_site: 'complete', done: 'submit_invoice', invoice_requested: 'submit_invoice' };
  return byState[state];
}

interface CardProps {
  id: string;
  title: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
  highlight?: boolean;
}

/** A card whose heading opens and closes it (a disclosure button, as wide as the screen). */
export function ActionCard({ id, title, open, onToggle, children, highlight }: CardProps) {
  return (
    <section className={highlight ? 'action-card highlight' : 'action-card'} aria-labelledby={`${id}-title`} data-action={id}>
      <h3 className="h5">
        <button type="button" className="action-toggle" id={`${id}-title`} aria-expanded={open} aria-controls={`${id}-body`} onClick={onToggle}>
          <span>{title}</span>
          <span aria-hidden="true" className="action-sign">
            {open ? '−' : '+'}
          </span>
        </button>
      </h3>
      <div id={`${id}-body`} className="action-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

function title(t: ReturnType<typeof useTranslation>['t'], action: StepAction, view: ContractorView): string {
  const quote = view.dispatch.kind === 'quote';
  switch (action) {
    case 'accept':
      return quote ? t('exchange.actions.accept.titleQuote') : t('exchange.actions.accept.title');
    case 'refuse':
      return quote ? t('exchange.actions.refuse.titleQuote') : t('exchange.actions.refuse.title');
    case 'propose_appointment':
      return view.dispatch.appointment ? t('exchange.actions.propose_appointment.title') : t('exchange.actions.propose_appointment.titleFirst');
    case 'acknowledge':
      return t('exchange.actions.acknowledge.title');
    case 'check_in':
      return t('exchange.actions.check_in.title');
    case 'complete':
      return t('exchange.actions.complete.title');
    case 'submit_invoice':
      return t('exchange.actions.submit_invoice.title');
    case 'submit_quote':
      return t('exchange.actions.submit_quote.title');
  }
}

function form(action: StepAction, view: ContractorView): ReactNode {
  switch (action) {
    case 'acknowledge':
      return <AcknowledgeForm />;
    case 'accept':
      return <AcceptForm view={view} />;
    case 'refuse':
      return <RefuseForm view={view} />;
    case 'propose_appointment':
      return <ProposeAppointmentForm view={view} />;
    case 'check_in':
      return <CheckInForm view={view} />;
    case 'complete':
      return <CompleteForm view={view} />;
    case 'submit_invoice':
      return <InvoiceForm view={view} />;
    case 'submit_quote':
      return <QuoteForm view={view} />;
  }
}

/** The cards of the answers available now; nothing but a sentence when none is. */
export function ContractorActions({ view }: { view: ContractorView }) {
  const { t } = useTranslation();
  const main = expected(view);
  // Before accepting, proposing a date is what accepting does: one card is enough.
  const available = ORDER.filter((action) => view.actions.includes(action) && !(action === 'propose_appointment' && view.actions.includes('accept')));
  const sorted = main && available.includes(main) ? [...available.filter((a) => a === 'acknowledge'), main, ...available.filter((a) => a !== main && a !== 'acknowledge')] : available;
  const [open, setOpen] = useState<Set<StepAction>>(() => new Set(sorted.filter((a) => a === main || a === 'acknowledge')));
  const toggle = (action: StepAction) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(action)) next.delete(action);
      else next.add(action);
      return next;
    });

  return (
    <section aria-labelledby="x-actions" id="x-actions-section">
      <h2 className="h3 section-title" id="x-actions" tabIndex={-1}>
        {t('exchange.actions.title')}
      </h2>
      {sorted.length === 0 ? (
        <p>{t('exchange.actions.none')}</p>
      ) : (
        <div className="stack-sm">
          {sorted.map((action) => (
            <ActionCard key={action} id={`x-${action}`} title={title(t, action, view)} open={open.has(action)} onToggle={() => toggle(action)} highlight={action === main}>
              {form(action, view)}
            </ActionCard>
          ))}
        </div>
      )}
    </section>
  );
}
