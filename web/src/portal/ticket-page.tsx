// One request (/portal/tickets/{n}): its status and steps, the appointment (and the .ics), what
// was asked, the quotes to decide, the opinion once done (#feedback), the documents shared and the
// messages with the agency. A ticket the resident may not see reads as one that does not exist.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../api.ts';
import { Alert, Button, Loading } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { FeedbackForm, FeedbackGiven } from './feedback-form.tsx';
import { Icon } from './icons.tsx';
import { MessageThread } from './message-thread.tsx';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { usePortalFormat } from './portal-format.ts';
import { portalApi, type PortalTicket } from './portal-api.ts';
import { useMe } from './portal-session.tsx';
import { QuotesToDecide } from './quotes-to-decide.tsx';
import { StatusBadge } from './status-badge.tsx';
import { StepsTimeline } from './steps-timeline.tsx';
import { placeText } from './ticket-card.tsx';

type Loaded = { kind: 'loading' } | { kind: 'not_found' } | { kind: 'failed'; message: string } | { kind: 'loaded'; ticket: PortalTicket };

function Section({ id, title, children, className }: { id: string; title: string; children: React.ReactNode; className?: string }) {
  return (
    <section id={id} className={['card stack-sm', className].filter(Boolean).join(' ')} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h4 section-title" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function TicketPage({ number }: { number: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = usePortalFormat();
  const [page, setPage] = useState<Loaded>({ kind: 'loading' });
  const scrolled = useRef(false);
  usePageTitle(t('portal.ticketNumber', { number }));

  const load = useCallback(() => {
    portalApi
      .ticket(number)
      .then((ticket) => setPage({ kind: 'loaded', ticket }))
      .catch((error: unknown) => setPage(error instanceof ApiError && error.status === 404 ? { kind: 'not_found' } : { kind: 'failed', message: errorText(t, error) }));
  }, [number]);
  useEffect(load, [load]);

  // The feedback email's link (#feedback) lands on the form once the ticket is shown.
  useEffect(() => {
    if (page.kind !== 'loaded' || scrolled.current || !window.location.hash) return;
    scrolled.current = true;
    const target = document.getElementById(window.location.hash.slice(1));
    target?.scrollIntoView();
    target?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [page]);

  if (page.kind === 'loading') return <Loading label={t('portal.loading')} />;
  if (page.kind !== 'loaded') {
    return (
      <div className="stack page-top">
        <h1 className="h3">{page.kind === 'not_found' ? t('portal.ticket.notFound') : t('portal.ticketNumber', { number })}</h1>
        {page.kind === 'not_found' ? <p>{t('portal.ticket.notFoundBody')}</p> : <Alert title={t('portal.errors.title')}>{page.message}</Alert>}
        {page.kind === 'failed' && (
          <Button variant="default" onClick={load}>
            {t('app.retry')}
          </Button>
        )}
        <Link href="/" className="link">
          {t('portal.back')}
        </Link>
      </div>
    );
  }

  const { ticket } = page;
  const showFeedback = ticket.canGiveFeedback || ticket.feedback !== null;
  return (
    <div className="stack page-top" data-testid="portal-ticket">
      <div className="stack-xs">
        <Link href="/" className="link back-link">
          {t('portal.back')}
        </Link>
        <p className="sm dimmed">{t('portal.ticketNumber', { number: ticket.number })}</p>
        <h1 className="h3 wrap">{ticket.subject}</h1>
        <div className="p-badges">
          <StatusBadge status={ticket.status} />
          {ticket.awaitingMyDecision && <span className="p-flag p-flag-decide">{t('portal.badges.decide')}</span>}
          {ticket.awaitingMyFeedback && <span className="p-flag p-flag-feedback">{t('portal.badges.feedback')}</span>}
        </div>
        <p className="row sm">
          <Icon name="pin" size={16} />
          <span className="wrap">{placeText(t, ticket.place)}</span>
        </p>
      </div>

      {ticket.appointment && (
        <Section id="appointment" title={t('portal.ticket.appointment')} className="marked">
          <p className="strong" data-testid="portal-appointment">
            {format.appointment(ticket.appointment.startsAt, ticket.appointment.durationMinutes)}
          </p>
          {ticket.appointmentIcsUrl && (
            <a href={ticket.appointmentIcsUrl} className="btn btn-light btn-full" download>
              <Icon name="calendar" size={18} />
              {t('portal.ticket.addToCalendar')}
            </a>
          )}
        </Section>
      )}

      {ticket.quotes.length > 0 && (
        <Section id="quotes" title={t('portal.quotes.title')}>
          {ticket.awaitingMyDecision && <p>{t('portal.quotes.intro')}</p>}
          <QuotesToDecide ticket={ticket} currency={me.organization.currency} onDecided={(next) => setPage({ kind: 'loaded', ticket: next })} />
        </Section>
      )}

      {showFeedback && (
        <Section id="feedback" title={t('portal.feedback.title')} className={ticket.canGiveFeedback ? 'marked' : undefined}>
          {ticket.feedback ? <FeedbackGiven feedback={ticket.feedback} /> : <FeedbackForm number={ticket.number} onGiven={load} />}
        </Section>
      )}

      {ticket.grouped && (
        <Alert tone="notice" role="status">
          <strong>{t('incident.portal.title')}</strong> {t('incident.portal.text')}
        </Alert>
      )}

      <Section id="steps" title={t('portal.ticket.steps')}>
        <StepsTimeline steps={ticket.steps} />
      </Section>

      <Section id="request" title={t('portal.ticket.request')}>
        <dl className="p-facts">
          <div>
            <dt>{t('portal.ticket.requester')}</dt>
            <dd className="wrap">{ticket.requester.displayName}</dd>
          </div>
          <div>
            <dt>{t('portal.ticket.requestedAt')}</dt>
            <dd>{format.dateTime(ticket.requestedAt)}</dd>
          </div>
          {ticket.category && (
            <div>
              <dt>{t('portal.ticket.category')}</dt>
              <dd>{ticket.category.name}</dd>
            </div>
          )}
          {ticket.availability && (
            <div>
              <dt>{t('portal.new.availability')}</dt>
              <dd className="pre-line wrap">{ticket.availability}</dd>
            </div>
          )}
          {ticket.entryAllowed !== null && ticket.mine && (
            <div>
              <dt>{t('portal.ticket.entry')}</dt>
              <dd>{ticket.entryAllowed ? t('portal.ticket.entryYes') : t('portal.ticket.entryNo')}</dd>
            </div>
          )}
        </dl>
        {ticket.description && <p className="pre-line wrap">{ticket.description}</p>}
      </Section>

      {ticket.documents.length > 0 && (
        <Section id="documents" title={t('portal.ticket.documents')}>
          <ul className="plain-list file-list">
            {ticket.documents.map((document) => (
              <li key={document.id}>
                <a href={document.url} className="link p-document" target="_blank" rel="noopener">
                  <Icon name="file" size={18} />
                  <span className="wrap">{document.name}</span>
                  {document.size !== undefined && <span className="sm dimmed">{format.bytes(document.size)}</span>}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="messages" title={t('portal.ticket.messages')}>
        <MessageThread number={ticket.number} messages={ticket.messages} onSent={load} />
      </Section>
    </div>
  );
}
