// The resident's home (/portal): the quotes awaiting their decision first when any, a big
// "Report a problem" button, then the requests they may follow, newest change first — a ticket
// shown among the decisions is not repeated in that list. With the news wall on, its entry
// ("Actualités") and the urgent posts pinned on it come first.
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { Alert, Button, Loading } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { Icon } from './icons.tsx';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { portalApi, type PortalArticleItem, type PortalDocumentItem, type PortalNewsItem, type PortalTicketItem } from './portal-api.ts';
import { useMe } from './portal-session.tsx';
import { HomeSection } from './home-section.tsx';
import { TicketCard } from './ticket-card.tsx';
import { ArticleLinks } from './article-list.tsx';
import { DocumentLinks } from './document-list.tsx';
import { NewsCards } from './news-list.tsx';
import { HomeBookings } from './home-bookings.tsx';

type List = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; items: PortalTicketItem[]; nextCursor: string | null };

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [list, setList] = useState<List>({ kind: 'loading' });
  const [decisions, setDecisions] = useState<PortalTicketItem[]>([]);
  const [more, setMore] = useState(false);
  // Null while unknown or when the agency has not switched articles on (404 tool_off): no section.
  const [articles, setArticles] = useState<PortalArticleItem[] | null>(null);
  // Likewise for documents: null when the agency has not switched them on.
  const [documents, setDocuments] = useState<PortalDocumentItem[] | null>(null);
  // The wall's pinned urgent posts; null when the agency has not switched the news wall on.
  const [pinned, setPinned] = useState<PortalNewsItem[] | null>(null);
  usePageTitle(t('portal.home.title'));
  const deciding = new Set(decisions.map((d) => d.number));
  const others = list.kind === 'loaded' ? list.items.filter((ticket) => !deciding.has(ticket.number)) : [];

  const load = useCallback(() => {
    setList({ kind: 'loading' });
    portalApi
      .tickets()
      .then((page) => setList({ kind: 'loaded', items: page.items, nextCursor: page.nextCursor }))
      .catch((error: unknown) => setList({ kind: 'failed', message: errorText(t, error) }));
    portalApi
      .decisions()
      .then((page) => setDecisions(page.items))
      .catch(() => setDecisions([]));
    portalApi
      .articles({ limit: 3 })
      .then((answer) => setArticles(answer.items))
      .catch(() => setArticles(null));
    portalApi
      .documents()
      .then((answer) => setDocuments(answer.items))
      .catch(() => setDocuments(null));
    portalApi
      .news({ urgent: true })
      .then((answer) => setPinned(answer.items))
      .catch(() => setPinned(null));
  }, []);
  useEffect(load, [load]);

  const loadMore = async () => {
    if (list.kind !== 'loaded' || !list.nextCursor) return;
    setMore(true);
    try {
      const page = await portalApi.tickets(list.nextCursor);
      setList({ kind: 'loaded', items: [...list.items, ...page.items], nextCursor: page.nextCursor });
    } finally {
      setMore(false);
    }
  };

  return (
    <div className="stack page-top">
      <h1 className="h3">{t('portal.home.hello', { name: me.name })}</h1>

      {decisions.length > 0 && (
        <section className="card stack-sm marked-orange marked" aria-labelledby="portal-decisions">
          <h2 id="portal-decisions" className="h4">
            {t('portal.home.decisions', { count: decisions.length })}
          </h2>
          <p className="sm">{t('portal.home.decisionsIntro')}</p>
          <ul className="plain-list stack-xs">
            {decisions.map((ticket) => (
              <TicketCard key={ticket.number} ticket={ticket} />
            ))}
          </ul>
        </section>
      )}

      {pinned && (
        <HomeSection id="portal-news" title={t('news.portal.title')} href="/news" link={t('news.portal.all')}>
          {pinned.length > 0 && <NewsCards items={pinned} testId="home-news" />}
        </HomeSection>
      )}

      {me.canRequest && !me.preview ? (
        <Link href="/new" className="btn btn-lg btn-full p-report">
          <Icon name="plus" size={22} />
          {t('portal.home.report')}
        </Link>
      ) : me.preview ? (
        <Button size="lg" fullWidth disabled>
          {t('portal.home.report')}
        </Button>
      ) : (
        <Alert tone="notice" role="status">
          {me.places.length === 0 ? t('portal.home.noPlace') : t('portal.home.limitReached')}
        </Alert>
      )}

      <section className="stack-sm" aria-labelledby="portal-requests">
        <h2 id="portal-requests" className="h4">
          {t('portal.home.requests')}
        </h2>
        {list.kind === 'loading' && <Loading label={t('portal.loading')} />}
        {list.kind === 'failed' && (
          <Alert title={t('portal.errors.title')}>
            {list.message}{' '}
            <Button size="sm" variant="default" onClick={load}>
              {t('app.retry')}
            </Button>
          </Alert>
        )}
        {list.kind === 'loaded' && others.length === 0 && <p className="dimmed">{t(list.items.length > 0 ? 'portal.home.noneOther' : 'portal.home.none')}</p>}
        {list.kind === 'loaded' && others.length > 0 && (
          <ul className="plain-list stack-xs" data-testid="portal-tickets">
            {others.map((ticket) => (
              <TicketCard key={ticket.number} ticket={ticket} />
            ))}
          </ul>
        )}
        {list.kind === 'loaded' && list.nextCursor && (
          <Button variant="default" fullWidth loading={more} onClick={() => void loadMore()}>
            {t('portal.home.more')}
          </Button>
        )}
      </section>

      <HomeBookings />

      {articles && (
        <HomeSection id="portal-infos" title={t('portal.articles.title')} href="/articles" link={t('portal.articles.all')}>
          {articles.length === 0 ? <p className="dimmed">{t('portal.articles.none')}</p> : <ArticleLinks items={articles} testId="home-articles" />}
        </HomeSection>
      )}

      {documents && (
        <HomeSection id="portal-documents" title={t('portal.documents.title')} href="/documents" link={t('portal.documents.all')}>
          {documents.length === 0 ? <p className="dimmed">{t('portal.documents.none')}</p> : <DocumentLinks items={documents.slice(0, 3)} testId="home-documents" />}
        </HomeSection>
      )}

      {me.companies.length > 0 && (
        <HomeSection id="portal-company" title={t('portal.company.title')} href="/company" link={me.companies.some((c) => c.isAdmin) ? t('portal.company.manage') : t('portal.company.open')}>
          <p className="dimmed sm">{me.companies.map((c) => c.name).join(', ')}</p>
        </HomeSection>
      )}
    </div>
  );
}
