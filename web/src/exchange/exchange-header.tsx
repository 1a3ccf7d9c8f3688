// The top of every exchange page: the agency and the ticket number, the help, the language.
import { useTranslation } from '../light/light-i18n.ts';
import { Button, LinkButton } from '../light/controls.tsx';
import { currentLanguage, languages } from '../light/light-i18n.ts';
import { chooseLanguage } from './exchange-language.ts';

/** Two buttons, FR and EN, each named in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('exchange.header.language')}>
      {languages.map((language) => (
        <Button
          key={language.code}
          size="sm"
          className="language-button"
          variant={language.code === active ? 'light' : 'subtle'}
          aria-pressed={language.code === active}
          // The visible code starts the name, for voice control; the full name follows.
          aria-label={`${language.code.toUpperCase()} (${language.name})`}
          lang={language.code}
          onClick={() => chooseLanguage(language.code)}
        >
          {language.code.toUpperCase()}
        </Button>
      ))}
    </div>
  );
}

interface Props {
  agency?: string;
  ticketNumber?: number;
  /** Hidden on the help page itself. */
  withHelp?: boolean;
}

/** Agency and ticket on the left, help and language on the right. */
export function ExchangeHeader({ agency, ticketNumber, withHelp = true }: Props) {
  const { t } = useTranslation();
  return (
    <header className="x-header">
      <div className="x-header-inner">
        <div className="x-header-names">
          <p className="bold wrap" data-testid="exchange-agency">
            {agency ?? t('app.name')}
          </p>
          {ticketNumber !== undefined && (
            <p className="sm dimmed" data-testid="exchange-ticket-number">
              {t('exchange.header.ticket', { number: ticketNumber })}
            </p>
          )}
        </div>
        <div className="x-header-tools">
          <LanguageSwitch />
          {withHelp && (
            <LinkButton href="/x?view=help&from=request" size="sm" variant="outline">
              {t('exchange.header.help')}
            </LinkButton>
          )}
        </div>
      </div>
    </header>
  );
}
