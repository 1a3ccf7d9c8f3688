// The quotes of a ticket as the resident may see them: contractor, amount, validity, files; those
// awaiting the resident's decision with "approve" / "disapprove" and a comment. Side by side when
// there is room (several quotes), one above the other on a phone.
import { useState } from 'react';
import { Alert, Button } from '../light/controls.tsx';
import { TextArea } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { usePortalFormat } from './portal-format.ts';
import { errorText } from './portal-errors.ts';
import { portalApi, type PortalQuote, type PortalTicket } from './portal-api.ts';
import { ReadOnly } from './preview-banner.tsx';

function QuoteCard({ number, quote, currency, onDecided }: { number: number; quote: PortalQuote; currency: string; onDecided: (ticket: PortalTicket) => void }) {
  const { t } = useTranslation();
  const format = usePortalFormat();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<'approve' | 'disapprove'>();
  const [problem, setProblem] = useState<string>();

  const decide = async (decision: 'approve' | 'disapprove') => {
    setBusy(decision);
    setProblem(undefined);
    try {
      const { ticket } = await portalApi.decide(number, { dispatchId: quote.dispatchId, decision, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      onDecided(ticket);
    } catch (failure) {
      setProblem(errorText(t, failure));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <article className={`card stack-sm quote-card${quote.awaitingMyDecision ? ' marked marked-orange' : ''}`} aria-label={t('portal.quotes.of', { contractor: quote.contractorName })} data-quote={quote.dispatchId}>
      <h3 className="h5 wrap">{quote.contractorName}</h3>
      <dl className="p-facts">
        <div>
          <dt>{t('portal.quotes.amount')}</dt>
          <dd className="quote-amount strong">{quote.amountCents === null ? t('portal.quotes.noAmount') : format.money(quote.amountCents, currency)}</dd>
        </div>
        {quote.validUntil && (
          <div>
            <dt>{t('portal.quotes.validUntil')}</dt>
            <dd>{format.calendarDate(quote.validUntil.slice(0, 10))}</dd>
          </div>
        )}
        <div>
          <dt>{t('portal.quotes.state')}</dt>
          <dd>{t(`portal.quotes.states.${quote.state}`, { defaultValue: t('portal.quotes.states.other') })}</dd>
        </div>
      </dl>
      {quote.files.map((file) => (
        <a key={file.id} href={file.url} className="link document-link wrap" target="_blank" rel="noopener">
          {file.name}
        </a>
      ))}
      {quote.awaitingMyDecision && (
        <ReadOnly>
          <div className="stack-sm decision">
            <TextArea label={t('portal.quotes.comment')} value={comment} onChange={setComment} />
            {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
            <Button fullWidth loading={busy === 'approve'} disabled={busy !== undefined} onClick={() => void decide('approve')}>
              {t('portal.quotes.approve')}
            </Button>
            <Button fullWidth variant="outline" tone="danger" loading={busy === 'disapprove'} disabled={busy !== undefined} onClick={() => void decide('disapprove')}>
              {t('portal.quotes.disapprove')}
            </Button>
          </div>
        </ReadOnly>
      )}
    </article>
  );
}

export function QuotesToDecide({ ticket, currency, onDecided }: { ticket: PortalTicket; currency: string; onDecided: (ticket: PortalTicket) => void }) {
  return (
    <div className={ticket.quotes.length > 1 ? 'quotes quotes-compared' : 'quotes'}>
      {ticket.quotes.map((quote) => (
        <QuoteCard key={quote.dispatchId} number={ticket.number} quote={quote} currency={currency} onDecided={onDecided} />
      ))}
    </div>
  );
}
