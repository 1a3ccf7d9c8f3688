// "Fiche de performance": a contractor's figures over a period (the last twelve months unless
// chosen), each with its unit and a line saying how it is computed (src/domain/reports/
// scorecard-figures.ts), and two small charts: the median times, the residents' ratings
// (Mantine's progress bars: two small charts need no chart library in the page's chunk).
import { useState } from 'react';
import { Alert, Button, Card, Group, Loader, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../admin/shared/date-input.tsx';
import { CHECK_IN_GRACE_MINUTES, SCORECARD_FIGURES, type ScorecardFigureName } from '../../../../src/domain/reports/scorecard-figures.ts';
import { useScorecard, type PeriodChoice, type OneScorecard } from './scorecard-queries.ts';
import { useScorecardFormat } from './scorecard-format.ts';

type Format = ReturnType<typeof useScorecardFormat>;
type Translate = ReturnType<typeof useTranslation>['t'];

/** The value (and its detail) each figure shows. */
function figureValue(name: ScorecardFigureName, answer: OneScorecard, f: Format, t: Translate): { value: string; detail?: string } {
  const card = answer.scorecard;
  switch (name) {
    case 'dispatches':
      return { value: String(card.dispatches.total), detail: t('scorecard.detail.dispatches', { workOrders: card.dispatches.workOrders, quotes: card.dispatches.quoteRequests }) };
    case 'acceptedShare':
      return { value: f.share(card.accepted.share), detail: t('scorecard.detail.accepted', { count: card.accepted.count }) };
    case 'medianTimeToAccept':
      return { value: f.duration(card.medianSeconds.toAccept) };
    case 'medianTimeToAppointment':
      return { value: f.duration(card.medianSeconds.toAppointment) };
    case 'medianTimeToCompletion':
      return { value: f.duration(card.medianSeconds.toCompletion) };
    case 'remindersPerDispatch':
      return { value: f.number(card.remindersPerDispatch), detail: t('scorecard.detail.reminders') };
    case 'checkIns':
      return { value: f.share(card.checkIns.onTimeShare), detail: t('scorecard.detail.checkIns', { onTime: card.checkIns.onTime, count: card.checkIns.recorded }) };
    case 'quotes':
      return { value: `${card.quotes.retained} / ${card.quotes.sent}`, detail: t('scorecard.detail.quotes', { count: card.quotes.retained }) };
    case 'invoiced':
      return { value: f.money(card.invoiced.amountCents, answer.currency), detail: t('scorecard.detail.invoices', { count: card.invoiced.count }) };
    case 'feedback':
      return { value: `${card.feedback.good} / ${card.feedback.fair} / ${card.feedback.bad}`, detail: t('scorecard.detail.feedback') };
  }
}

/** Two small charts drawn with Mantine's bars: the median times side by side (the longest one
 * fills the row), and the residents' ratings as one split bar. */
function Charts({ answer, f }: { answer: OneScorecard; f: Format }) {
  const { t } = useTranslation();
  const card = answer.scorecard;
  const medians = [
    { key: 'accept', seconds: card.medianSeconds.toAccept },
    { key: 'appointment', seconds: card.medianSeconds.toAppointment },
    { key: 'completion', seconds: card.medianSeconds.toCompletion },
  ];
  const longest = Math.max(1, ...medians.map((m) => m.seconds ?? 0));
  const ratings = [
    { key: 'good', value: card.feedback.good, color: 'teal.6' },
    { key: 'fair', value: card.feedback.fair, color: 'yellow.6' },
    { key: 'bad', value: card.feedback.bad, color: 'red.6' },
  ];
  const rated = ratings.reduce((sum, r) => sum + r.value, 0);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Card withBorder padding="sm" data-testid="chart-medians">
        <Text size="sm" fw={500} mb="xs">{t('scorecard.chart.medians')}</Text>
        <Stack gap={6}>
          {medians.map((m) => (
            <div key={m.key}>
              <Group justify="space-between" gap="xs">
                <Text size="xs">{t(`scorecard.chart.${m.key}`)}</Text>
                <Text size="xs" c="dimmed">{f.duration(m.seconds)}</Text>
              </Group>
              <Progress value={((m.seconds ?? 0) / longest) * 100} color="blue.6" size="md" aria-hidden="true" />
            </div>
          ))}
        </Stack>
      </Card>
      <Card withBorder padding="sm" data-testid="chart-ratings">
        <Text size="sm" fw={500} mb="xs">{t('scorecard.chart.ratings')}</Text>
        {rated > 0 ? (
          <Stack gap={6}>
            <Progress.Root size="xl" aria-hidden="true">
              {ratings.filter((r) => r.value > 0).map((r) => (
                <Progress.Section key={r.key} value={(r.value / rated) * 100} color={r.color} />
              ))}
            </Progress.Root>
            <Group gap="md">
              {ratings.map((r) => (
                <Text key={r.key} size="xs">{t(`scorecard.rating.${r.key}`)} {r.value}</Text>
              ))}
            </Group>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">{t('scorecard.chart.noRatings')}</Text>
        )}
      </Card>
    </SimpleGrid>
  );
}

/** The section of the contractor's page. */
export function ScorecardSection({ contractorId }: { contractorId: string }) {
  const { t } = useTranslation();
  const f = useScorecardFormat();
  const [draft, setDraft] = useState<PeriodChoice>({ from: '', to: '' });
  const [period, setPeriod] = useState<PeriodChoice>({ from: '', to: '' });
  const scorecard = useScorecard(contractorId, period);
  const answer = scorecard.data;

  return (
    <Stack gap="sm" component="section" aria-labelledby="scorecard-title" data-testid="scorecard">
      <Title order={3} id="scorecard-title">{t('scorecard.title')}</Title>
      <Group align="flex-end" gap="sm">
        <DateInput label={t('scorecard.from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
        <DateInput label={t('scorecard.to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
        <Button variant="default" onClick={() => setPeriod(draft)}>{t('scorecard.apply')}</Button>
        {scorecard.isFetching && <Loader size="sm" aria-label={t('app.loading')} />}
      </Group>
      {scorecard.error && <Alert color="red" role="alert">{scorecard.error.message}</Alert>}
      {answer && (
        <>
          <Text size="sm" c="dimmed" data-testid="scorecard-period">
            {t('scorecard.period', { from: f.calendarDate(answer.period.from), to: f.calendarDate(answer.period.to) })}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {SCORECARD_FIGURES.map(({ name }) => {
              const { value, detail } = figureValue(name, answer, f, t);
              return (
                <Card key={name} withBorder padding="sm" data-testid={`figure-${name}`}>
                  <Text size="sm" fw={500}>{t(`scorecard.figures.${name}.label`)}</Text>
                  <Text size="xl" fw={600}>{value}</Text>
                  {detail && <Text size="xs">{detail}</Text>}
                  <Text size="xs" c="dimmed" mt={4}>{t(`scorecard.figures.${name}.help`, { minutes: CHECK_IN_GRACE_MINUTES })}</Text>
                </Card>
              );
            })}
          </SimpleGrid>
          {answer.scorecard.dispatches.total > 0 && <Charts answer={answer} f={f} />}
        </>
      )}
    </Stack>
  );
}
