// An approver's page: the manager's word, then each quote they are asked about side by side (one
// above the other on a phone), with its amount, validity and document, approved or not with a
// comment.
import { useState } from 'react';
import { useTranslation } from '../light/light-i18n.ts';
import { Button } from '../light/controls.tsx';
import { fieldErrors, useAnswer } from './exchange-api.ts';
import { useExchangeFormat } from './exchange-format.ts';
import type { ApproverQuote, ApproverView, ExchangeDocument } from './exchange-types.ts';
import { DocumentsSection } from './documents-section.tsx';
import { TextArea, answerProblem, useFieldErrors, useMegabytes } from './form-parts.tsx';

const BADGE: Record<string, string> = { approved: 'badge-approved', disapproved: 'badge-disapproved' };

function Decision({ quote }: { quote: ApproverQuote }) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = useFieldErrors(missing ? { comment: t('exchange.approver.commentRequired') } : {}, fieldErrors(answer.error));
  const problem = answerProblem(t, answer.error, useMegabytes());
  const decide = (action: 'approve' | 'disapprove') => {
    // Saying no without a word leaves the manager and the contractor guessing.
    const needsWhy = action === 'disapprove' && !comment.trim();
    setMissing(needsWhy);
    if (needsWhy) return;
    answer.mutate({ payload: { action, dispatchId: quote.dispatchId, comment: comment.trim() || undefined } });
  };
  const pending = (action: string) => answer.isPending && answer.variables?.payload.action === action;
  return (
    <div className="stack-sm decision">
      <TextArea label={t('exchange.approver.comment')} description={t('exchange.approver.commentHint')} value={comment} onChange={setComment} error={errors.comment} />
      {problem && (
        <p className="sm field-error" role="alert">
          {problem}
        </p>
      )}
      <Button size="lg" fullWidth onClick={() => decide('approve')} loading={pending('approve')} disabled={answer.isPending}>
        {t('exchange.approver.approve')}
      </Button>
      <Button size="lg" fullWidth variant="outline" tone="danger" onClick={() => decide('disapprove')} loading={pending('disapprove')} disabled={answer.isPending}>
        {t('exchange.approver.disapprove')}
      </Button>
    </div>
  );
}

/** The documents of one quote: those sent in its own thread (with one quote, every quote document). */
function documentsOf(view: ApproverView, quote: ApproverQuote): ExchangeDocument[] {
  const own = view.documents.filter((d) => d.dispatchId === quote.dispatchId);
  if (own.length > 0 || view.quotes.length > 1) return own;
  return view.documents.filter((d) => d.kind === 'quote');
}

/** The documents shown with a quote rather than with the others. */
export function quoteDocumentIds(view: ApproverView): Set<string> {
  return new Set(view.quotes.flatMap((quote) => documentsOf(view, quote).map((d) => d.id)));
}

function QuoteCard({ view, quote }: { view: ApproverView; quote: ApproverQuote }) {
  const { t } = useTranslation();
  const format = useExchangeFormat();
  const documents = documentsOf(view, quote);
  return (
    <article className="card quote-card stack-sm" aria-labelledby={`q-${quote.dispatchId}`} data-testid="approver-quote">
      <div className="row-between quote-head">
        <h3 className="h4 wrap" id={`q-${quote.dispatchId}`}>
          {quote.contractorName}
        </h3>
        <span className={`badge ${BADGE[quote.state] ?? ''}`}>{t(`exchange.quoteState.${quote.state}`, { defaultValue: quote.state })}</span>
      </div>
      <p className="xl bold quote-amount" data-testid="approver-quote-amount">
        {quote.amountCents !== null ? format.money(quote.amountCents, view.currency) : t('exchange.approver.noAmount')}
      </p>
      {quote.validUntil && <p>{t('exchange.approver.validUntil', { date: format.calendarDate(quote.validUntil) })}</p>}
      {documents.length > 0 ? (
        <DocumentsSection documents={documents} title={t('exchange.approver.quoteDocument')} id={`x-qdocs-${quote.dispatchId}`} order={4} />
      ) : (
        <p className="sm dimmed">{t('exchange.approver.noDocument')}</p>
      )}
      {quote.actions.length > 0 && <Decision quote={quote} />}
    </article>
  );
}

/** The manager's comment, then the quotes, one card each, with the decision when it is awaited. */
export function ApproverQuotes({ view }: { view: ApproverView }) {
  const { t } = useTranslation();
  const comment = view.approvalRequest.comment;
  return (
    <section aria-labelledby="x-actions" id="x-actions-section" className="stack-sm">
      <h2 className="h3 section-title" id="x-actions" tabIndex={-1}>
        {t('exchange.approver.title')}
      </h2>
      {comment && (
        <figure className="card marked marked-teal manager-comment" data-testid="approver-comment">
          <figcaption className="sm dimmed strong">{t('exchange.approver.managerComment', { name: view.manager?.name ?? view.agency.name })}</figcaption>
          <blockquote className="pre-line wrap">{comment}</blockquote>
        </figure>
      )}
      {view.quotes.length === 0 && <p>{t('exchange.approver.none')}</p>}
      <div className={view.quotes.length > 1 ? 'quotes quotes-compared' : 'quotes'}>
        {view.quotes.map((quote) => (
          <QuoteCard key={quote.dispatchId} view={view} quote={quote} />
        ))}
      </div>
    </section>
  );
}
