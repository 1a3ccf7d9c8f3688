// The navigation: the ticket views, then the administration screens the user's roles open. The
// list's entry returns to the list as the user left it (scope, "my tickets", filters, search).
import type { ComponentType } from 'react';
import { NavLink } from '@mantine/core';
import {
  IconAdjustments, IconArticle, IconBuilding, IconCalendarEvent, IconChartBar, IconCategory, IconFileImport, IconInbox, IconListDetails, IconMail, IconMailCog, IconMailDown, IconPlus, IconRoute,
  IconSettings, IconShieldCheck, IconTemplate, IconTool, IconUsers, IconUsersGroup, type IconProps,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { AdminRoute } from '../admin/routes.tsx';
import { lastListHref } from './shared/last-list-search.ts';

interface Props {
  worksTickets: boolean;
  /** Whether the user may read reports (reports:read): the "Rapports" entry. */
  readsReports: boolean;
  /** Whether the agency switched articles on and gave them one of the user's roles. */
  writesArticles: boolean;
  /** Whether the agency switched bookings on and gave them one of the user's roles. */
  usesBookings: boolean;
  adminRoutes: AdminRoute[];
  onNavigate: () => void;
}

interface Entry {
  key: string;
  href: string;
  label: string;
  active: boolean;
  Icon: ComponentType<IconProps>;
}

/** The icon of each administration screen, by its path. */
const ADMIN_ICONS: Record<string, ComponentType<IconProps>> = {
  '/admin/settings': IconSettings,
  '/admin/templates': IconTemplate,
  '/admin/categories': IconCategory,
  '/admin/routing-rules': IconRoute,
  '/admin/properties': IconBuilding,
  '/admin/persons': IconUsersGroup,
  '/contractors': IconChartBar,
  '/admin/contractors': IconTool,
  '/admin/users': IconUsers,
  '/admin/import': IconFileImport,
  '/admin/inbound': IconMailCog,
  '/admin/inbound-messages': IconMailDown,
  '/admin/outbox': IconMail,
};

/** Links of the navbar; the current page is marked for screen readers too. */
export function CockpitNavigation({ worksTickets, readsReports, writesArticles, usesBookings, adminRoutes, onNavigate }: Props) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const search = new URLSearchParams(useSearch());
  const pendingView = location === '/' && search.getAll('type').join() === 'PENDING';
  const onTicket = location.startsWith('/tickets/') && location !== '/tickets/new';
  // On the list, its own address; elsewhere the one it remembered (read at each render).
  const rawSearch = search.toString();
  const listHref = location === '/' ? (rawSearch ? `/?${rawSearch}` : '/') : lastListHref();

  const entries: Entry[] = [
    ...(worksTickets
      ? [
          {
            key: 'tickets',
            // From the pending view, "Tickets" is the list without that filter.
            href: listHref.includes('type=PENDING') ? '/' : listHref,
            label: t('nav.tickets'),
            active: (location === '/' && !pendingView) || onTicket,
            Icon: IconListDetails,
          },
          { key: 'pending', href: '/?type=PENDING', label: t('nav.pending'), active: pendingView, Icon: IconInbox },
          { key: 'new', href: '/tickets/new', label: t('nav.newTicket'), active: location === '/tickets/new', Icon: IconPlus },
          { key: 'verify-dossier', href: '/dossiers/verify', label: t('dossier.nav'), active: location === '/dossiers/verify', Icon: IconShieldCheck },
        ]
      : []),
    ...(readsReports ? [{ key: 'reports', href: '/reports', label: t('reports.nav'), active: location === '/reports' || location.startsWith('/reports/'), Icon: IconChartBar }] : []),
    ...(usesBookings ? [{ key: 'bookings', href: '/bookings', label: t('bookings.nav'), active: location === '/bookings' || location.startsWith('/bookings/'), Icon: IconCalendarEvent }] : []),
    ...(writesArticles ? [{ key: 'articles', href: '/articles', label: t('articles.nav'), active: location === '/articles' || location.startsWith('/articles/'), Icon: IconArticle }] : []),
    ...adminRoutes.map((route) => ({
      key: route.path,
      href: route.path,
      label: t(route.label, { defaultValue: route.label }),
      active: location === route.path || location.startsWith(`${route.path}/`),
      Icon: ADMIN_ICONS[route.path] ?? IconAdjustments,
    })),
  ];

  return (
    <>
      {entries.map(({ key, href, label, active, Icon }) => (
        <NavLink
          key={key}
          component={Link}
          href={href}
          label={label}
          active={active}
          leftSection={<Icon size={18} stroke={1.6} aria-hidden="true" />}
          // Filled: white on the primary colour reads at 5:1 (the light variant does not reach 4.5:1).
          variant="filled"
          aria-current={active ? 'page' : undefined}
          onClick={onNavigate}
          py={6}
        />
      ))}
    </>
  );
}
