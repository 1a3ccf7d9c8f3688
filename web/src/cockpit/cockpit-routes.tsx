// The cockpit's pages by address. Each ticket page is its own chunk (React.lazy), so the first
// screen loads only what the list needs.
import { lazy, Suspense, type ReactNode } from 'react';
import type { CommunityTool } from '../../../src/domain/community/tools.ts';
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
const CompaniesPage = lazy(() => import('../community/companies-page.tsx'));
const CompanyPage = lazy(() => import('../community/company-page.tsx'));
const ArticleEditorPage = lazy(() => import('../community/article-editor-page.tsx'));
const DocumentsPage = lazy(() => import('../community/documents/documents-page.tsx'));
const NewsPage = lazy(() => import('../community/news-page.tsx'));
const NewsEditorPage = lazy(() => import('../community/news-editor-page.tsx'));
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

/** The pages of the cockpit's other tools (DOMAIN.md §15), routed only for the tools the user uses. */
const TOOL_PAGES: { tool: CommunityTool; path: string; render: (params: { [key: string]: string | undefined }) => ReactNode }[] = [
  { tool: 'articles', path: '/articles', render: () => <ArticlesPage /> },
  { tool: 'articles', path: '/articles/:id', render: (params) => <ArticleEditorPage params={params as { id: string }} /> },
  { tool: 'news', path: '/news', render: () => <NewsPage /> },
  { tool: 'news', path: '/news/:id', render: (params) => <NewsEditorPage params={params as { id: string }} /> },
  { tool: 'documents', path: '/documents', render: () => <DocumentsPage /> },
  { tool: 'bookings', path: '/bookings', render: () => <BookingsCalendarPage /> },
  { tool: 'bookings', path: '/bookings/resources', render: () => <ResourcesPage /> },
  { tool: 'bookings', path: '/bookings/resources/:id', render: (params) => <ResourceEditorPage params={params as { id: string }} /> },
  { tool: 'companies', path: '/companies', render: () => <CompaniesPage /> },
  { tool: 'companies', path: '/companies/:id', render: (params) => <CompanyPage params={params as { id: string }} /> },
];

interface Props {
  worksTickets: boolean;
  /** Whether the user may read reports and the activity (`reports:read`). */
  readsReports: boolean;
  /** The cockpit's other tools the user uses (switched on, one of their roles given it). */
  tools: Record<CommunityTool, boolean>;
  adminRoutes: AdminRoute[];
}

/** The router of the signed-in area. */
export function CockpitRoutes({ worksTickets, readsReports, tools, adminRoutes }: Props) {
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
        {TOOL_PAGES.filter((page) => tools[page.tool]).map(({ path, render }) => (
          <Route key={path} path={path}>
            {(params) => render(params)}
          </Route>
        ))}
        <Route path="/contractors/:id">{(params) => <ContractorPage params={params} />}</Route>
        {adminRoutes.map((route) => (
          <Route key={route.path} path={route.path} component={route.page} />
        ))}
        <Route component={NotFound} />
      </Switch>
    </Suspense>
  );
}
