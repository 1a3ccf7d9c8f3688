// When a link does not open the page: not valid, expired, revoked, the ticket closed, or the
// page's session over. Said kindly, with what to do, and nothing about the ticket.
import { useEffect } from 'react';
import { Button } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import type { Problem } from './exchange-types.ts';

const TONE: Record<Problem, 'orange' | 'gray' | 'teal'> = {
  link_invalid: 'orange',
  link_expired: 'orange',
  link_revoked: 'gray',
  ticket_closed: 'teal',
  session_ended: 'orange',
};

/** The kind page for one problem. */
export function ProblemPanel({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t(`exchange.problem.${problem}.title`)} – ${t('app.name')}`;
  }, [t, problem]);
  return (
    <div className={`card card-lg page-top stack-sm marked marked-${TONE[problem]}`} data-testid="exchange-problem" data-problem={problem}>
      <h1 className="h2">{t(`exchange.problem.${problem}.title`)}</h1>
      <p>{t(`exchange.problem.${problem}.text`)}</p>
      <p className="dimmed">{t(`exchange.problem.${problem}.next`)}</p>
    </div>
  );
}

/** The page could not be read (no connection, the server down): try again. */
export function UnavailablePanel({ onRetry, pending }: { onRetry: () => void; pending: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="card card-lg page-top stack-sm" role="alert">
      <h1 className="h2">{t('exchange.unavailable.title')}</h1>
      <p>{t('exchange.unavailable.text')}</p>
      <Button size="lg" onClick={onRetry} loading={pending}>
        {t('exchange.unavailable.retry')}
      </Button>
    </div>
  );
}
