// The page of a contractor or an approver (no account): `/x` after their personal link set the
// page's cookie, `/x?problem=…` when the link did not work, `/x?view=help` for the guide.
// Made for a phone first: one column, large targets, tap to call.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CloseButton, Loading as Spinning } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { AnsweredContext, problemOf, useExchangeView } from './exchange-api.ts';
import { stepOf, useExchangeFormat } from './exchange-format.ts';
import { ExchangeHeader } from './exchange-header.tsx';
import { asLanguage, pageLanguage, useExchangeLanguage } from './exchange-language.ts';
import { isProblem, type ExchangeView, type Problem } from './exchange-types.ts';
import { ApproverQuotes, quoteDocumentIds } from './approver-quotes.tsx';
import { ContractorActions, ActionCard } from './contractor-actions.tsx';
import { MessageForm } from './contractor-forms.tsx';
import { DocumentsSection } from './documents-section.tsx';
import { HelpPanel } from './help-page.tsx';
import { ProblemPanel, UnavailablePanel } from './problem-page.tsx';
import { AgencySection, ContactSection, PlaceSection, RequestSection } from './request-details.tsx';

/** Header, then the page's content in one column. */
function Shell({ children, agency, ticketNumber, withHelp }: { children: ReactNode; agency?: string; ticketNumber?: number; withHelp?: boolean }) {
  return (
    <div className="x-page">
      <ExchangeHeader agency={agency} ticketNumber={ticketNumber} withHelp={withHelp} />
      <main className="x-main">{children}</main>
    </div>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <Spinning label={t('app.loading')} />;
}

/** The sentence confirming an answer. */
function confirmation(t: ReturnType<typeof useTranslation>['t'], action: string, view: ExchangeView): string {
  if (action === 'accept' && view.role === 'contractor' && view.dispatch.kind === 'quote') return t('exchange.done.accept_quote');
  return t(`exchange.done.${action}`, { defaultValue: t('exchange.done.other') });
}

/** The party's page once the view is read. */
function ViewPage({ view }: { view: ExchangeView }) {
  const { t } = useTranslation();
  const format = useExchangeFormat();
  const step = stepOf(t, view, format);
  const [done, setDone] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${step.title} – ${t('exchange.header.ticket', { number: view.ticket.number })}`;
  }, [step.title, t, view.ticket.number]);

  const answered = useCallback(
    (action: string, next: ExchangeView) => {
      setDone(confirmation(t, action, next));
      if (action === 'message') setWriting(false);
    },
    [t],
  );
  useEffect(() => {
    if (!done) return;
    doneRef.current?.focus();
    doneRef.current?.scrollIntoView?.({ block: 'center' });
  }, [done]);

  const write = () => {
    setWriting(true);
    requestAnimationFrame(() => {
      messageRef.current?.scrollIntoView?.({ block: 'start' });
      messageRef.current?.querySelector('textarea')?.focus();
    });
  };

  const contractor = view.role === 'contractor' ? view : undefined;
  const approver = view.role === 'approver' ? view : undefined;
  const appointment = contractor?.dispatch.appointment;
  const hasSteps = contractor ? contractor.actions.some((action) => action !== 'message') : (approver?.quotes.some((quote) => quote.actions.length > 0) ?? false);
  const canWrite = view.actions.includes('message');
  const quoteIds = approver ? quoteDocumentIds(approver) : new Set<string>();

  return (
    <AnsweredContext.Provider value={answered}>
      <div className="stack page-top">
        <h1 className="h2">{step.title}</h1>
        {done && (
          <div ref={doneRef} tabIndex={-1} role="status" className="alert alert-success confirmation" data-testid="exchange-confirmation">
            <div className="row-between">
              <div>
                <span className="alert-title">{t('exchange.done.title')}</span>
                <p>{done}</p>
              </div>
              <CloseButton label={t('exchange.done.dismiss')} onClick={() => setDone(null)} />
            </div>
          </div>
        )}
        <div className="card marked marked-teal stack-xs" data-testid="exchange-step" data-state={contractor?.dispatch.state ?? view.role}>
          <p className="sm dimmed strong">{t('exchange.step.label')}</p>
          <p className="lg strong">{step.text}</p>
          {appointment && (
            <p>
              {t('exchange.step.appointment', { when: format.when(appointment.startsAt) })}
              {appointment.durationMinutes ? ` · ${t('exchange.step.duration', { duration: format.minutes(appointment.durationMinutes) })}` : ''}
            </p>
          )}
          {hasSteps && (
            <a
              href="#x-actions"
              className="btn btn-light"
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById('x-actions');
                target?.scrollIntoView?.({ block: 'start' });
                target?.focus();
              }}
            >
              {t('exchange.step.answer')}
            </a>
          )}
        </div>

        <RequestSection view={view} />
        <PlaceSection view={view} />
        {contractor && <ContactSection view={contractor} />}
        <AgencySection view={view} onWrite={canWrite ? write : undefined} />
        {/* A quote's documents are shown with it. */}
        <DocumentsSection documents={approver ? view.documents.filter((d) => !quoteIds.has(d.id)) : view.documents} />

        {contractor && <ContractorActions key={`${contractor.dispatch.kind}.${contractor.dispatch.state}.${contractor.actions.join(',')}`} view={contractor} />}
        {approver && <ApproverQuotes view={approver} />}

        {canWrite && (
          <div ref={messageRef}>
            <ActionCard id="x-message" title={t('exchange.message.title')} open={writing} onToggle={() => setWriting((open) => !open)}>
              <div className="stack-sm">
                <p>{t('exchange.message.text')}</p>
                <MessageForm onCancel={() => setWriting(false)} />
              </div>
            </ActionCard>
          </div>
        )}
      </div>
    </AnsweredContext.Provider>
  );
}

/** `/x`: the view read through the cookie, or the page saying why it cannot be shown. */
function SessionPage({ search }: { search: URLSearchParams }) {
  const query = useExchangeView();
  const problem = problemOf(query.error);
  const target = query.data ? (asLanguage(query.data.language) ?? 'fr') : problem ? pageLanguage(search) : undefined;
  const ready = useExchangeLanguage(target);

  if (problem) {
    return (
      <Shell>
        {ready ? <ProblemPanel problem={problem} /> : <Loading />}
      </Shell>
    );
  }
  if (!query.data) {
    return <Shell>{query.isError ? <UnavailablePanel onRetry={() => void query.refetch()} pending={query.isFetching} /> : <Loading />}</Shell>;
  }
  return (
    <Shell agency={query.data.agency.name} ticketNumber={query.data.ticket.number}>
      {ready ? <ViewPage view={query.data} /> : <Loading />}
    </Shell>
  );
}

function ProblemPage({ problem, search }: { problem: Problem; search: URLSearchParams }) {
  const ready = useExchangeLanguage(pageLanguage(search));
  return <Shell>{ready ? <ProblemPanel problem={problem} /> : <Loading />}</Shell>;
}

function HelpPage({ search }: { search: URLSearchParams }) {
  const ready = useExchangeLanguage(pageLanguage(search));
  return <Shell withHelp={false}>{ready ? <HelpPanel /> : <Loading />}</Shell>;
}

/** The exchange page: the help, a link's problem, or the party's view. */
export default function ExchangePage() {
  const search = useMemo(() => new URLSearchParams(window.location.search), []);
  if (search.get('view') === 'help') return <HelpPage search={search} />;
  const problem = search.get('problem');
  if (problem !== null) return <ProblemPage problem={isProblem(problem) ? problem : 'link_invalid'} search={search} />;
  return <SessionPage search={search} />;
}
