// The administration screens (settings, master data, imports, outbox, webhooks), added to the cockpit's
// navigation and router. Each entry: a path, its page, and its navigation label key. Every page
// is its own chunk (React.lazy): the first screen downloads none of them.
import { lazy, type ComponentType } from 'react';
import { PERMISSIONS } from '../../../src/domain/roles.ts';

export interface AdminRoute {
  path: string;
  /** i18n key of the navigation label. */
  label: string;
  /** Roles that see this entry; the server enforces the same. */
  roles: string[];
  page: ComponentType;
}

const APP_ADMIN = ['app_admin'];
const MASTER_DATA_ADMIN = ['master_data_admin'];
/** Who may read the outbox (src/domain/roles.ts, outbox:read). */
const OUTBOX_READERS = ['manager', 'assistant', 'agent', 'app_admin'];
/** Who may read the received messages (src/domain/roles.ts, inbound:read). */
const INBOUND_READERS = ['manager', 'agent', 'app_admin'];
/** Who may read master data (src/domain/roles.ts, masterdata:read): the residents' screen. */
const MASTER_DATA_READERS = ['manager', 'assistant', 'agent', 'app_admin', 'master_data_admin'];
/** Who may read scorecards (reports:read). */
const REPORT_READERS: string[] = [...PERMISSIONS['reports:read']];

export const adminRoutes: AdminRoute[] = [
  { path: '/admin/settings', label: 'admin.nav.settings', roles: APP_ADMIN, page: lazy(() => import('./settings/settings-page.tsx')) },
  { path: '/admin/templates', label: 'admin.nav.templates', roles: APP_ADMIN, page: lazy(() => import('./templates/templates-page.tsx')) },
  { path: '/admin/categories', label: 'admin.nav.categories', roles: APP_ADMIN, page: lazy(() => import('./categories/categories-page.tsx')) },
  { path: '/admin/routing-rules', label: 'admin.nav.routing', roles: MASTER_DATA_ADMIN, page: lazy(() => import('./routing/routing-rules-page.tsx')) },
  { path: '/admin/properties', label: 'admin.nav.properties', roles: MASTER_DATA_ADMIN, page: lazy(() => import('./properties/properties-page.tsx')) },
  { path: '/admin/persons', label: 'admin.nav.persons', roles: MASTER_DATA_ADMIN, page: lazy(() => import('./persons/persons-page.tsx')) },
  { path: '/admin/residents', label: 'admin.nav.residents', roles: MASTER_DATA_READERS, page: lazy(() => import('./residents/residents-page.tsx')) },
  { path: '/contractors', label: 'scorecard.nav', roles: REPORT_READERS, page: lazy(() => import('../cockpit/scorecards/contractors-scorecards-page.tsx')) },
  { path: '/admin/contractors', label: 'admin.nav.contractors', roles: MASTER_DATA_ADMIN, page: lazy(() => import('./contractors/contractors-page.tsx')) },
  { path: '/admin/users', label: 'admin.nav.users', roles: MASTER_DATA_ADMIN, page: lazy(() => import('./users/users-page.tsx')) },
  { path: '/admin/import', label: 'admin.nav.import', roles: MASTER_DATA_ADMIN, page: lazy(() => import('./import/import-page.tsx')) },
  { path: '/admin/inbound', label: 'admin.nav.inbound', roles: APP_ADMIN, page: lazy(() => import('./inbound/inbound-settings-page.tsx')) },
  { path: '/admin/inbound-messages', label: 'admin.nav.inboundMessages', roles: INBOUND_READERS, page: lazy(() => import('./inbound/inbound-messages-page.tsx')) },
  { path: '/admin/outbox', label: 'admin.nav.outbox', roles: OUTBOX_READERS, page: lazy(() => import('./outbox/outbox-page.tsx')) },
  { path: '/admin/webhooks', label: 'admin.nav.webhooks', roles: APP_ADMIN, page: lazy(() => import('./webhooks/webhooks-page.tsx')) },
];
