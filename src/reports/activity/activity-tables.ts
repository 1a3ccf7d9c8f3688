// The activity's figures as tables (series, breakdown, times, feedback), headers and codes in the
// user's language: what the CSV and the XLSX exports write, one table per sheet.
import type { Language } from '../../domain/master-data.ts';
import { STATUSES, type TicketStatus } from '../../domain/tickets/codes.ts';
import { SOURCE_LABELS } from '../../tickets/ticket-summary.ts';
import type { ActivityFigures } from './activity-figures.ts';

export type TableCell = string | number | null;
export interface ActivityTable {
  name: string;
  header: string[];
  rows: TableCell[][];
}

const WORDS = {
  fr: {
    series: 'Série', breakdown: 'Répartition', times: 'Délais', feedback: 'Avis',
    period: 'Période (début)', key: 'Code', name: 'Nom', tickets: 'Tickets', figure: 'Indicateur', value: 'Valeur', rating: 'Avis',
    none: '(aucun)',
    dimension: { status: 'Statut', category: 'Catégorie', property: 'Immeuble', source: 'Origine', assignee: 'Responsable' },
    rows: {
      responded: 'Tickets avec une première réponse', firstMedian: 'Première réponse, médiane (heures)', firstP90: 'Première réponse, 90e centile (heures)',
      withinTarget: 'Premières réponses dans le délai cible', withinShare: 'Part dans le délai cible', without: 'Tickets sans première réponse',
      overdue: 'Dont en retard', resolved: 'Tickets résolus', resMedian: 'Résolution, médiane (heures)', resP90: 'Résolution, 90e centile (heures)',
    },
    ratings: { good: 'Bien', fair: 'Moyen', bad: 'Mauvais', given: 'Avis donnés', share: 'Part des tickets résolus avec un avis' },
  },
  en: {
    series: 'Series', breakdown: 'Breakdown', times: 'Times', feedback: 'Feedback',
    period: 'Period (start)', key: 'Code', name: 'Name', tickets: 'Tickets', figure: 'Figure', value: 'Value', rating: 'Rating',
    none: '(none)',
    dimension: { status: 'Status', category: 'Category', property: 'Property', source: 'Source', assignee: 'Assignee' },
    rows: {
      responded: 'Tickets with a first response', firstMedian: 'First response, median (hours)', firstP90: 'First response, 90th percentile (hours)',
      withinTarget: 'First responses within target', withinShare: 'Share within target', without: 'Tickets without a first response',
      overdue: 'Of which overdue', resolved: 'Resolved tickets', resMedian: 'Resolution, median (hours)', resP90: 'Resolution, 90th percentile (hours)',
    },
    ratings: { good: 'Good', fair: 'Fair', bad: 'Bad', given: 'Feedback given', share: 'Share of resolved tickets with feedback' },
  },
} as const;

/** Hours with two decimals, from seconds. */
function hours(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds / 36) / 100;
}

/** The name a key shows: a code's label, an id's name, or "(none)". */
function nameOf(figures: ActivityFigures, key: string | null, label: string | null, language: Language): string {
  const w = WORDS[language];
  if (key === null) return w.none;
  if (figures.by === 'status') return STATUSES[key as TicketStatus]?.[language] ?? key;
  if (figures.by === 'source') return SOURCE_LABELS[key]?.[language] ?? key;
  return label ?? key;
}

/** The four tables of the activity. */
export function activityTables(figures: ActivityFigures, language: Language): ActivityTable[] {
  const w = WORDS[language];
  const names = new Map(figures.breakdown.map((b) => [b.key, nameOf(figures, b.key, b.label, language)]));
  const f = figures.firstResponse;
  return [
    {
      name: w.series,
      header: [w.period, `${w.dimension[figures.by]} (${w.key})`, w.dimension[figures.by], w.tickets],
      rows: figures.series.flatMap((s) => (s.counts.length === 0 ? [[s.period, null, null, 0]] : s.counts.map((c) => [s.period, c.key, names.get(c.key) ?? null, c.count]))),
    },
    {
      name: w.breakdown,
      header: [`${w.dimension[figures.by]} (${w.key})`, w.dimension[figures.by], w.tickets],
      rows: figures.breakdown.map((b) => [b.key, names.get(b.key) ?? null, b.count]),
    },
    {
      name: w.times,
      header: [w.figure, w.value],
      rows: [
        [w.rows.responded, f.responded], [w.rows.firstMedian, hours(f.medianSeconds)], [w.rows.firstP90, hours(f.p90Seconds)],
        [w.rows.withinTarget, f.withinTarget], [w.rows.withinShare, f.withinTargetShare], [w.rows.without, f.withoutResponse], [w.rows.overdue, f.withoutResponseOverdue],
        [w.rows.resolved, figures.resolution.resolved], [w.rows.resMedian, hours(figures.resolution.medianSeconds)], [w.rows.resP90, hours(figures.resolution.p90Seconds)],
      ],
    },
    {
      name: w.feedback,
      header: [w.rating, w.value],
      rows: [[w.ratings.good, figures.feedback.good], [w.ratings.fair, figures.feedback.fair], [w.ratings.bad, figures.feedback.bad], [w.ratings.given, figures.feedback.given], [w.ratings.share, figures.feedback.share]],
    },
  ];
}
