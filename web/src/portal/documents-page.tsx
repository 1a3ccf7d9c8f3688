// /portal/documents, "Mes documents": what the resident sees now (the agency's rule: their
// building, their home, their lease or ownership, theirs alone, the council), grouped, newest
// first, each downloaded with a tap. Phone first: one column of cards.
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { Alert, Loading } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { portalApi, type PortalDocumentItem } from './portal-api.ts';
import { DocumentLinks } from './document-list.tsx';

type List = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; items: PortalDocumentItem[] };

const GROUPS: PortalDocumentItem['group'][] = ['mine', 'lease', 'unit', 'building', 'council'];

export default function DocumentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.documents.title'));
  const [list, setList] = useState<List>({ kind: 'loading' });
  useEffect(() => {
    portalApi
      .documents()
      .then((answer) => setList({ kind: 'loaded', items: answer.items }))
      .catch((error: unknown) => setList({ kind: 'failed', message: errorText(t, error) }));
  }, [t]);

  return (
    <div className="stack page-top">
      <Link href="/" className="link">{t('portal.documents.back')}</Link>
      <h1 className="h3">{t('portal.documents.title')}</h1>
      {list.kind === 'loading' && <Loading label={t('portal.loading')} />}
      {list.kind === 'failed' && <Alert title={t('portal.errors.title')}>{list.message}</Alert>}
      {list.kind === 'loaded' && list.items.length === 0 && <p className="dimmed">{t('portal.documents.none')}</p>}
      {list.kind === 'loaded' &&
        GROUPS.map((group) => {
          const items = list.items.filter((d) => d.group === group);
          if (items.length === 0) return null;
          return (
            <section key={group} className="stack-sm" aria-labelledby={`documents-${group}`}>
              <h2 id={`documents-${group}`} className="h4">{t(`portal.documents.groups.${group}`)}</h2>
              <DocumentLinks items={items} testId={`portal-documents-${group}`} />
            </section>
          );
        })}
    </div>
  );
}
