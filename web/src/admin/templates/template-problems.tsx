// The problems the server found in a template, each with its field, line and column; a click
// puts the caret there.
import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../shared/errors.ts';
import type { TemplateProblem } from '../../../../src/http/answers.ts';

interface Props {
  problems: TemplateProblem[];
  onGoTo: (problem: TemplateProblem) => void;
}

/** A red alert listing every problem; nothing when there are none. */
export function TemplateProblems({ problems, onGoTo }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  const describe = (problem: TemplateProblem) =>
    problem.kind === 'unknown_variable'
      ? t('admin.templates.problems.unknownVariable', { variable: problem.variable ?? '' })
      : t('admin.templates.problems.syntax', { message: fieldMessage(t, problem.message) });
  return (
    <Alert role="alert" color="red" variant="light" title={t('admin.templates.problems.title', { count: problems.length })} data-testid="template-problems">
      <List size="sm">
        {problems.map((problem, index) => (
          <List.Item key={index}>
            <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(problem)}>
              {t('admin.templates.problems.where', {
                field: t(`admin.templates.field.${problem.field}`),
                line: problem.line,
                column: problem.column,
              })}
            </Anchor>{' '}
            : {describe(problem)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The problems carried by an invalid_template refusal, else none. */
export function problemsOf(error: unknown): TemplateProblem[] {
  if (!error || typeof error !== 'object' || (error as { code?: unknown }).code !== 'invalid_template') return [];
  const details = (error as { details?: unknown }).details;
  return Array.isArray(details) ? (details as TemplateProblem[]) : [];
}
