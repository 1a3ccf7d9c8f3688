// The cockpit's pages by address. Each ticket page is its own chunk (React.lazy), so the first
// screen loads only what the list needs.
import { lazy, Suspense } from 'react';
import { Center, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import type { AdminRoute } from '../admin/routes.tsx';
import { NoTicketAccess } from './no-ticket-access.tsx';
import { reportsPages } from '../reports/report-pages.tsx';

const TicketListPage = lazy(() => import('./list/ticket-list-page.tsx'));
const TicketPage = lazy(() => import('./ticket/ticket-page.tsx'));
const CreateTicketPage = lazy(() => import('./create/create-ticket-page.tsx'));
const ValidateTicketPage = lazy(() => import('./create/validate-ticket-page.tsx'));
const AccountPage = lazy(() => import('./account-page.tsx'));
const ContractorPage = lazy(() => import('./scorecards/contractor-page.tsx'));
const VerifyDossierPage = lazy(() => import('./dossier/verify-dossier-page.tsx'));
const ArticlesPage = lazy(() => import('../community/articles-page.tsx'));
const ArticleEditorPage = lazy(() => import('../community/article-editor-page.tsx'));
const BookingsCalendarPage = lazy(() => import('../community/bookings-calendar-page.tsx'));
const ResourcesPage = lazy(() => import('../community/resources-page.tsx'));
const ResourceEditorPage = lazy(() => import('../community/resource-editor-page.tsx'));

function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={2} id="page-title">
        {t('notFound.title')}
      </Title>
      <Text>{t('notFound.text')}</Text>
    </div>
  );
}

interface Props {
  worksTickets: boolean;
  /** Whether the user may read reports and the activity (`reports:read`). */
  readsReports: boolean;
  /** Whether the user uses the articles tool (switched on, one of its roles). */
  writesArticles: boolean;
  /** Whether the user uses the bookings tool (switched on, one of its roles). */
  usesBookings: boolean;
  adminRoutes: AdminRoute[];
}

/** The router of the signed-in area. */
export function CockpitRoutes({ worksTickets, readsReports, writesArticles, usesBookings, adminRoutes }: Props) {
  return (
    <Suspense fallback={<PageLoader />}>
      <Switch>
        <Route path="/">{() => (worksTickets ? <TicketListPage /> : <NoTicketAccess />)}</Route>
        <Route path="/tickets/new">{() => (worksTickets ? <CreateTicketPage /> : <NoTicketAccess />)}</Route>
        <Route path="/tickets/:number/validate">
          {(params) => (worksTickets ? <ValidateTicketPage params={params} /> : <NoTicketAccess />)}
        </Route>
        <Route path="/tickets/:number">{(params) => (worksTickets ? <TicketPage params={params} /> : <NoTicketAccess />)}</Route>
        <Route path="/dossiers/verify">{() => (worksTickets ? <VerifyDossierPage /> : <NoTicketAccess />)}</Route>
        <Route path="/account" component={AccountPage} />
        {readsReports &&
          reportsPages.map(({ path, page: Page }) => (
            <Route key={path} path={path}>
              {(params) => <Page params={params} />}
            </Route>
          ))}
        {writesArticles && <Route path="/articles" component={ArticlesPage} />}
        {writesArticles && <Route path="/articles/:id">{(params) => <ArticleEditorPage params={params} />}</Route>}
        {usesBookings && <Route path="/bookings" component={BookingsCalendarPage} />}
        {usesBookings && <Route path="/bookings/resources" component={ResourcesPage} />}
        {usesBookings && <Route path="/bookings/resources/:id">{(params) => <ResourceEditorPage params={params} />}</Route>}
        <Route path="/contractors/:id">{(params) => <ContractorPage params={params} />}</Route>
        {adminRoutes.map((route) => (
          <Route key={route.path} path={route.path} component={route.page} />
        ))}
        <Route component={NotFound} />
      </Switch>
    </Suspense>
  );
}
