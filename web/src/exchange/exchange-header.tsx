// The top of every exchange page: the agency and the ticket number, the help, the language.
import { useTranslation } from '../light/light-i18n.ts';
import { LinkButton } from '../light/controls.tsx';
import { LanguageSwitch } from '../light/language-switch.tsx';
import { chooseLanguage } from './exchange-language.ts';

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
          <LanguageSwitch label={t('exchange.header.language')} onChoose={chooseLanguage} />
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
