// The ticket's milestones as a resident reads them, oldest first, as a vertical line of dots.
import { useTranslation } from '../light/light-i18n.ts';
import { usePortalFormat } from './portal-format.ts';
import { STEP_KINDS } from './portal-api.ts';

export function StepsTimeline({ steps }: { steps: { at: string; kind: string }[] }) {
  const { t } = useTranslation();
  const format = usePortalFormat();
  return (
    <ol className="p-timeline">
      {steps.map((step, index) => (
        <li key={`${step.kind}-${step.at}-${index}`} className="p-timeline-step" data-step={step.kind}>
          <span className="p-timeline-dot" aria-hidden="true" />
          <span className="strong">{(STEP_KINDS as readonly string[]).includes(step.kind) ? t(`portal.steps.${step.kind}`) : t('portal.steps.other')}</span>
          <span className="sm dimmed">{format.dateTime(step.at)}</span>
        </li>
      ))}
    </ol>
  );
}
