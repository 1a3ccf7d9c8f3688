// The navigation: the ticket views, then the administration screens the user's roles open. The
// list's entry returns to the list as the user left it (scope, "my tickets", filters, search).
import type { ComponentType } from 'react';
import { NavLink } from '@mantine/core';
import {
  IconAdjustments, IconArticle, IconFolders, IconSpeakerphone, IconBuilding, IconBuildingSkyscraper, IconCalendarEvent, IconChartBar, IconCategory, IconFileImport, IconInbox, IconListDetails, IconMail, IconMailCog, IconMailDown, IconPlus, IconRoute,
  IconSettings, IconShieldCheck, IconTemplate, IconTool, IconUsers, IconUsersGroup, IconWebhook, type IconProps,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { AdminRoute } from '../admin/routes.tsx';
import { lastListHref } from './shared/last-list-search.ts';
import type { CommunityTool } from '../../../src/domain/community/tools.ts';

interface Props {
  worksTickets: boolean;
  /** Whether the user may read reports (reports:read): the "Rapports" entry. */
  readsReports: boolean;
  /** The cockpit's other tools the user uses: switched on by the agency, one of their roles given it. */
  tools: Record<CommunityTool, boolean>;
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

/** The entries of the cockpit's other tools (DOMAIN.md §15), each shown when the user uses it. */
const TOOL_ENTRIES: { tool: CommunityTool; href: string; label: string; Icon: ComponentType<IconProps> }[] = [
  { tool: 'news', href: '/news', label: 'news.nav', Icon: IconSpeakerphone },
  { tool: 'articles', href: '/articles', label: 'articles.nav', Icon: IconArticle },
  { tool: 'documents', href: '/documents', label: 'documentSpace.nav', Icon: IconFolders },
  { tool: 'bookings', href: '/bookings', label: 'bookings.nav', Icon: IconCalendarEvent },
  { tool: 'companies', href: '/companies', label: 'companies.nav', Icon: IconBuildingSkyscraper },
];

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
  '/admin/webhooks': IconWebhook,
};

/** Links of the navbar; the current page is marked for screen readers too. */
export function CockpitNavigation({ worksTickets, readsReports, tools, adminRoutes, onNavigate }: Props) {
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
    ...TOOL_ENTRIES.filter((entry) => tools[entry.tool]).map(({ tool, href, label, Icon }) => ({
      key: tool, href, label: t(label), active: location === href || location.startsWith(`${href}/`), Icon,
    })),
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
