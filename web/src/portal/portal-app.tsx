// The portal's frame and routes (wouter, under /portal): the pages anyone may open (sign in, a
// link's page, registering), and those of a signed-in resident, which send a visitor without a
// session to the sign-in page (and back where they were going once signed in).
import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { Button, Loading } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { PortalHeader } from './portal-header.tsx';
import { PortalSessionProvider, useSession } from './portal-session.tsx';
import { PreviewBanner } from './preview-banner.tsx';
import { SignInPage } from './sign-in-page.tsx';
import { HomePage } from './home-page.tsx';

/** A page loaded when first opened; at once when the portal opens on it (its script then comes
 * with the portal's own rather than after the resident is read). */
function page<P extends object>(path: RegExp, load: () => Promise<{ default: ComponentType<P> }>) {
  if (path.test(window.location.pathname)) void load().catch(() => undefined);
  return lazy(load);
}

// The first screen is the sign-in page or the home page; the others load when opened.
const EnterPage = page(/^\/portal\/enter\/?$/, () => import('./enter-page.tsx'));
const ResetPage = page(/^\/portal\/reset\/?$/, () => import('./reset-page.tsx'));
const RegisterPage = page(/^\/portal\/register\/?$/, () => import('./register-page.tsx'));
const CodePage = page(/^\/portal\/code\/?$/, () => import('./code-page.tsx'));
const NewRequestPage = page(/^\/portal\/new\/?$/, () => import('./new-request-page.tsx'));
const TicketPage = page(/^\/portal\/tickets\//, () => import('./ticket-page.tsx'));
const SettingsPage = page(/^\/portal\/settings\/?$/, () => import('./settings-page.tsx'));
const ArticlesPage = page(/^\/portal\/articles\/?$/, () => import('./articles-page.tsx'));
const ArticlePage = page(/^\/portal\/articles\/./, () => import('./article-page.tsx'));
const DocumentsPage = page(/^\/portal\/documents\/?$/, () => import('./documents-page.tsx'));
const CompanyPage = page(/^\/portal\/company\/?$/, () => import('./company-page.tsx'));
const NewsPage = page(/^\/portal\/news\/?$/, () => import('./news-page.tsx'));
const NewsPostPage = page(/^\/portal\/news\/./, () => import('./news-post-page.tsx'));
const BookingsPage = page(/^\/portal\/bookings\/?$/, () => import('./bookings-page.tsx'));
const ResourceBookingPage = page(/^\/portal\/bookings\/./, () => import('./resource-booking-page.tsx'));

/** A page for a signed-in resident; the sign-in page (then back here) for a visitor. */
function Private({ children }: { children: ReactNode }) {
  const { state, reload } = useSession();
  const { t } = useTranslation();
  const [location] = useLocation();
  if (state.kind === 'loading') return <Loading label={t('portal.loading')} />;
  if (state.kind === 'unavailable') {
    return (
      <div className="stack page-top">
        <h1 className="h3">{t('app.unavailable')}</h1>
        <Button variant="default" onClick={reload}>
          {t('app.retry')}
        </Button>
      </div>
    );
  }
  if (state.kind === 'signed_out') {
    const next = location === '/' ? '' : `?next=${encodeURIComponent(location + window.location.hash)}`;
    return <Redirect to={`/sign-in${next}`} replace />;
  }
  return <>{children}</>;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="stack page-top">
      <h1 className="h3">{t('portal.notFound.title')}</h1>
      <p>{t('portal.notFound.body')}</p>
      <a className="link" href="/portal">
        {t('portal.notFound.home')}
      </a>
    </div>
  );
}

/** The page's title follows the page (set by each page through this hook). */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('portal.appName')}`;
  }, [title, t]);
}

function Pages() {
  const { t } = useTranslation();
  return (
    <div className="p-page">
      <PortalHeader />
      <PreviewBanner />
      <main className="p-main" id="main">
        <Suspense fallback={<Loading label={t('portal.loading')} />}>
          <Switch>
            <Route path="/sign-in" component={SignInPage} />
            <Route path="/enter" component={EnterPage} />
            <Route path="/reset" component={ResetPage} />
            <Route path="/register" component={RegisterPage} />
            <Route path="/code" component={CodePage} />
            <Route path="/">
              <Private>
                <HomePage />
              </Private>
            </Route>
            <Route path="/new">
              <Private>
                <NewRequestPage />
              </Private>
            </Route>
            <Route path="/tickets/:number">
              {(params) => (
                <Private>
                  <TicketPage key={params.number} number={Number(params.number)} />
                </Private>
              )}
            </Route>
            <Route path="/articles">
              <Private>
                <ArticlesPage />
              </Private>
            </Route>
            <Route path="/articles/:id">
              {(params) => (
                <Private>
                  <ArticlePage key={params.id} id={params.id} />
                </Private>
              )}
            </Route>
            <Route path="/documents">
              <Private>
                <DocumentsPage />
              </Private>
            </Route>
            <Route path="/company">
              <Private>
                <CompanyPage />
              </Private>
            </Route>
            <Route path="/news">
              <Private>
                <NewsPage />
              </Private>
            </Route>
            <Route path="/news/:id">
              {(params) => (
                <Private>
                  <NewsPostPage key={params.id} id={params.id} />
                </Private>
              )}
            </Route>
            <Route path="/bookings">
              <Private>
                <BookingsPage />
              </Private>
            </Route>
            <Route path="/bookings/:id">
              {(params) => (
                <Private>
                  <ResourceBookingPage key={params.id} id={params.id} />
                </Private>
              )}
            </Route>
            <Route path="/settings">
              <Private>
                <SettingsPage />
              </Private>
            </Route>
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
    </div>
  );
}

export function PortalApp() {
  return (
    <Router base="/portal">
      <PortalSessionProvider>
        <Pages />
      </PortalSessionProvider>
    </Router>
  );
}
