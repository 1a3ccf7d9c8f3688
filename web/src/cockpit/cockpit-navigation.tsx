// The navigation: the ticket views, then the administration screens the user's roles open.
import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { AdminRoute } from '../admin/routes.tsx';

interface Props {
  worksTickets: boolean;
  adminRoutes: AdminRoute[];
  onNavigate: () => void;
}

interface Entry {
  href: string;
  label: string;
  active: boolean;
}

/** Links of the navbar; the current page is marked for screen readers too. */
export function CockpitNavigation({ worksTickets, adminRoutes, onNavigate }: Props) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const search = new URLSearchParams(useSearch());
  const pendingView = location === '/' && search.getAll('type').join() === 'PENDING';
  const onTicket = location.startsWith('/tickets/') && location !== '/tickets/new';

  const entries: Entry[] = [
    ...(worksTickets
      ? [
          { href: '/', label: t('nav.tickets'), active: (location === '/' && !pendingView) || onTicket },
          { href: '/?type=PENDING', label: t('nav.pending'), active: pendingView },
          { href: '/tickets/new', label: t('nav.newTicket'), active: location === '/tickets/new' },
        ]
      : []),
    ...adminRoutes.map((route) => ({
      href: route.path,
      label: t(route.label, { defaultValue: route.label }),
      active: location === route.path || location.startsWith(`${route.path}/`),
    })),
  ];

  return (
    <>
      {entries.map((entry) => (
        <NavLink
          key={entry.href}
          component={Link}
          href={entry.href}
          label={entry.label}
          active={entry.active}
          // Filled: white on the primary colour reads at 5:1 (the light variant does not reach 4.5:1).
          variant="filled"
          aria-current={entry.active ? 'page' : undefined}
          onClick={onNavigate}
        />
      ))}
    </>
  );
}
