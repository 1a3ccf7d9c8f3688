// An approver's page: each quote they are asked about, with its amount and document, approved or
// not with a comment.
import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrors, useAnswer } from './exchange-api.ts';
import { useExchangeFormat } from './exchange-format.ts';
import type { ApproverQuote, ApproverView, ExchangeDocument } from './exchange-types.ts';
import { DocumentsSection } from './documents-section.tsx';
import { TextArea, answerProblem, useFieldErrors, useMegabytes } from './form-parts.tsx';

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
  return (
    <Stack gap="sm">
      <TextArea label={t('exchange.approver.comment')} description={t('exchange.approver.commentHint')} value={comment} onChange={setComment} error={errors.comment} />
      {problem && (
        <Text c="red.9" size="sm" role="alert">
          {problem}
        </Text>
      )}
      <Button size="lg" fullWidth onClick={() => decide('approve')} loading={answer.isPending && answer.variables?.payload.action === 'approve'} disabled={answer.isPending}>
        {t('exchange.approver.approve')}
      </Button>
      <Button size="lg" fullWidth variant="outline" color="red.9" onClick={() => decide('disapprove')} loading={answer.isPending && answer.variables?.payload.action === 'disapprove'} disabled={answer.isPending}>
        {t('exchange.approver.disapprove')}
      </Button>
    </Stack>
  );
}

/** The quotes, one card each, with the decision when it is awaited. */
export function ApproverQuotes({ view }: { view: ApproverView }) {
  const { t } = useTranslation();
  const format = useExchangeFormat();
  // The documents do not say which quote they belong to: with one quote, its documents are its own.
  const quoteDocuments: ExchangeDocument[] = view.quotes.length === 1 ? view.documents.filter((d) => d.kind === 'quote') : [];
  return (
    <section aria-labelledby="x-actions" id="x-actions-section">
      <Title order={2} size="h3" id="x-actions" mb="sm" tabIndex={-1} style={{ outline: 'none' }}>
        {t('exchange.approver.title')}
      </Title>
      <Stack gap="sm">
        {view.quotes.length === 0 && <Text size="md">{t('exchange.approver.none')}</Text>}
        {view.quotes.map((quote) => (
          <Paper key={quote.dispatchId} component="article" withBorder radius="md" p="md" aria-labelledby={`q-${quote.dispatchId}`}>
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" gap="xs">
                <Title order={3} size="h4" id={`q-${quote.dispatchId}`} style={{ overflowWrap: 'anywhere' }}>
                  {quote.contractorName}
                </Title>
                <Badge variant="filled" color={quote.state === 'approved' ? 'teal.9' : quote.state === 'disapproved' ? 'red.9' : 'gray.8'} size="lg" tt="none">
                  {t(`exchange.quoteState.${quote.state}`, { defaultValue: quote.state })}
                </Badge>
              </Group>
              <Text size="xl" fw={700}>
                {quote.amountCents !== null ? format.money(quote.amountCents, view.currency) : t('exchange.approver.noAmount')}
              </Text>
              {quote.validUntil && <Text size="md">{t('exchange.approver.validUntil', { date: format.calendarDate(quote.validUntil) })}</Text>}
              {quoteDocuments.length > 0 && <DocumentsSection documents={quoteDocuments} title={t('exchange.approver.quoteDocument')} id={`x-qdocs-${quote.dispatchId}`} order={4} />}
              {quote.actions.length > 0 && <Decision quote={quote} />}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}
