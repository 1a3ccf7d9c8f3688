// The contractors' guide (`/x?view=help`, also linked from every email they receive): what each
// step of a request asks of them, in a few plain lines.
import { useEffect } from 'react';
import { useTranslation } from '../light/light-i18n.ts';

const SECTIONS = ['link', 'acknowledge', 'accept', 'refuse', 'appointment', 'checkIn', 'completion', 'invoice', 'quote', 'approval', 'message', 'privacy'] as const;

/** Whether the visitor came from their request's page (its Help button says so): then a way back is offered. */
function cameFromRequest(): boolean {
  return new URLSearchParams(window.location.search).get('from') === 'request';
}

/** The guide, one short section per step. */
export function HelpPanel() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('exchange.help.title')} – ${t('app.name')}`;
  }, [t]);
  const back = cameFromRequest();
  return (
    <div className="stack page-top">
      {back && (
        <a href="/x" className="link back-link">
          {t('exchange.help.back')}
        </a>
      )}
      <h1 className="h2">{t('exchange.help.title')}</h1>
      <p>{t('exchange.help.intro')}</p>
      {SECTIONS.map((section) => (
        <section key={section} className="card" aria-labelledby={`help-${section}`}>
          <h2 className="h4 help-title" id={`help-${section}`}>
            {t(`exchange.help.sections.${section}.title`)}
          </h2>
          <p className="pre-line">{t(`exchange.help.sections.${section}.text`)}</p>
        </section>
      ))}
      {back && (
        <a href="/x" className="link back-link">
          {t('exchange.help.back')}
        </a>
      )}
    </div>
  );
}
