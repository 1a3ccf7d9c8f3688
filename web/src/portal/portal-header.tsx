// The top of every portal page: the agency (or Gardien), the language, and for a signed-in
// resident the way to their requests and their settings.
import { Link, useLocation } from 'wouter';
import { useTranslation } from '../light/light-i18n.ts';
import { LanguageSwitch } from '../light/language-switch.tsx';
import { Icon } from './icons.tsx';
import { useSession } from './portal-session.tsx';

export function PortalHeader() {
  const { t } = useTranslation();
  const { state } = useSession();
  const [location] = useLocation();
  const me = state.kind === 'signed_in' ? state.me : null;
  return (
    <header className="p-header">
      <div className="p-header-inner">
        <div className="p-header-names">
          <p className="bold wrap" data-testid="portal-agency">
            {me?.organization.name ?? t('app.name')}
          </p>
          <p className="sm dimmed">{t('portal.header.subtitle')}</p>
        </div>
        <LanguageSwitch label={t('portal.header.language')} />
      </div>
      {me && (
        <nav className="p-nav" aria-label={t('portal.header.nav')}>
          <Link href="/" className="p-nav-link" aria-current={location === '/' ? 'page' : undefined}>
            <Icon name="home" size={18} />
            {t('portal.header.requests')}
          </Link>
          <Link href="/settings" className="p-nav-link" aria-current={location === '/settings' ? 'page' : undefined}>
            <Icon name="settings" size={18} />
            {t('portal.header.settings')}
          </Link>
        </nav>
      )}
    </header>
  );
}
