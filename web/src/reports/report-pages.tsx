// The pages under "Rapports", in the order of their tabs. Another page joins by adding an entry
// here (before '/reports/:id', which would otherwise take its address): its tab appears in the
// bar every page of the section shows (reports-tabs.tsx) and the cockpit's router routes it.
import { lazy, type ComponentType } from 'react';

export interface ReportsPage {
  path: string;
  /** i18n key of the tab's label; none for a page without a tab (one report). */
  tab?: string;
  page: ComponentType<{ params: Record<string, string | undefined> }>;
}

export const reportsPages: ReportsPage[] = [
  { path: '/reports', tab: 'reports.tabs.reports', page: lazy(() => import('./reports-page.tsx')) },
  { path: '/reports/activity', tab: 'activity.nav', page: lazy(() => import('../cockpit/reports/activity-page.tsx')) },
  { path: '/reports/:id', page: lazy(() => import('./report-page.tsx')) },
];
