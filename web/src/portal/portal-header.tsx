// The top of every portal page: the agency (or Gardien), the language, and for a signed-in
// resident the way to their requests and their settings.
import { Link, useLocation } from 'wouter';
import { Button } from '../light/controls.tsx';
import { changeLanguage, currentLanguage, languages, useTranslation } from '../light/light-i18n.ts';
import { Icon } from './icons.tsx';
import { useSession } from './portal-session.tsx';

function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('portal.header.language')}>
      {languages.map((language) => (
        <Button
          key={language.code}
          size="sm"
          className="language-button"
          variant={language.code === active ? 'light' : 'subtle'}
          aria-pressed={language.code === active}
          aria-label={`${language.code.toUpperCase()} (${language.name})`}
          lang={language.code}
          onClick={() => void changeLanguage(language.code)}
        >
          {language.code.toUpperCase()}
        </Button>
      ))}
    </div>
  );
}

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
        <LanguageSwitch />
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
