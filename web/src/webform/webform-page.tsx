// The page of an agency's web form (/f/{slug}): the agency's name and the language, then the form,
// then the confirmation; a page of its own when the address names no agency or Gardien is away.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api.ts';
import { Button, Loading } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { LanguageSwitch } from '../light/language-switch.tsx';
import { Confirmation } from './confirmation.tsx';
import { RequestForm, type Sent } from './request-form.tsx';
import { fetchWebform, slugOfPage, type WebformView } from './webform-api.ts';

type Loaded = { kind: 'loading' } | { kind: 'form'; view: WebformView; openedAt: number } | { kind: 'sent'; view: WebformView; sent: Sent } | { kind: 'not_found' } | { kind: 'unavailable' };

export function WebformPage() {
  const { t } = useTranslation();
  const slug = slugOfPage(window.location.pathname);
  const [page, setPage] = useState<Loaded>({ kind: 'loading' });

  const load = useCallback(() => {
    setPage({ kind: 'loading' });
    fetchWebform(slug)
      .then((view) => setPage({ kind: 'form', view, openedAt: Date.now() }))
      .catch((error: unknown) => setPage({ kind: error instanceof ApiError && (error.status === 404 || error.status === 400) ? 'not_found' : 'unavailable' }));
  }, [slug]);
  useEffect(load, [load]);

  const agency = page.kind === 'form' || page.kind === 'sent' ? page.view.organization.name : undefined;
  useEffect(() => {
    document.title = agency ? `${t('webform.title')} · ${agency}` : t('webform.title');
  }, [agency, t]);

  return (
    <div className="f-page">
      <header className="f-header">
        <div className="f-header-inner">
          <p className="bold wrap" data-testid="webform-agency">
            {agency ?? t('app.name')}
          </p>
          <LanguageSwitch label={t('webform.language')} />
        </div>
      </header>
      <main className="f-main">
        {page.kind === 'loading' && <Loading label={t('webform.loading')} />}
        {page.kind === 'form' && <RequestForm key={page.view.formToken} slug={slug} view={page.view} openedAt={page.openedAt} onSent={(sent) => setPage({ kind: 'sent', view: page.view, sent })} />}
        {page.kind === 'sent' && <Confirmation sent={page.sent} onAnother={load} />}
        {page.kind === 'not_found' && (
          <div className="stack">
            <h1 className="h3">{t('webform.notFound.title')}</h1>
            <p>{t('webform.notFound.body')}</p>
          </div>
        )}
        {page.kind === 'unavailable' && (
          <div className="stack">
            <h1 className="h3">{t('webform.unavailable')}</h1>
            <Button variant="default" onClick={load}>
              {t('app.retry')}
            </Button>
          </div>
        )}
      </main>
    </div>
  );
}
