// What the party needs to know: the request, the place (an address to read or copy, no map),
// whom to contact on site, the manager and the agency (tap to call, tap to write).
import type { ReactNode } from 'react';
import { Button } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { telHref, useExchangeFormat } from './exchange-format.ts';
import type { ContractorView, ExchangeView } from './exchange-types.ts';

/** A card with a heading, for one part of the page. */
export function Section({ id, title, children, order = 2 }: { id: string; title: string; children: ReactNode; order?: 2 | 4 }) {
  const Heading = order === 2 ? 'h2' : 'h4';
  return (
    <section className="card" aria-labelledby={id}>
      <Heading className="h4 card-title" id={id}>
        {title}
      </Heading>
      <div className="stack-xs">{children}</div>
    </section>
  );
}

/** A label above its value. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <p className="sm dimmed">{label}</p>
      <div className="wrap pre-line">{children}</div>
    </div>
  );
}

/** A link as large as a button, whose text wraps rather than being cut (a long email address). */
function LinkTile({ href, label, ariaLabel, strong }: { href: string; label: string; ariaLabel: string; strong?: boolean }) {
  return (
    <a href={href} aria-label={ariaLabel} className={strong ? 'link-tile strong-tile' : 'link-tile'}>
      {label}
    </a>
  );
}

/** Tap to call: its name says the number and whom. */
function CallButton({ phone, name }: { phone: string; name: string }) {
  const { t } = useTranslation();
  return <LinkTile href={telHref(phone)} strong label={t('exchange.contact.call', { phone })} ariaLabel={t('exchange.contact.callAria', { name, phone })} />;
}

/** Tap to write an email. */
function MailButton({ email, name }: { email: string; name: string }) {
  const { t } = useTranslation();
  return <LinkTile href={`mailto:${email}`} label={email} ariaLabel={t('exchange.contact.mailAria', { name, email })} />;
}

/** The request: subject, description, the manager's instructions. */
export function RequestSection({ view }: { view: ExchangeView }) {
  const { t } = useTranslation();
  const format = useExchangeFormat();
  const contractor = view.role === 'contractor' ? view : undefined;
  return (
    <Section id="x-request" title={t('exchange.request.title')}>
      {contractor && <Fact label={t('exchange.request.kind')}>{t(`exchange.request.kinds.${contractor.dispatch.kind}`)}</Fact>}
      <Fact label={t('exchange.request.subject')}>
        <strong>{view.ticket.subject}</strong>
      </Fact>
      {view.ticket.description && <Fact label={t('exchange.request.description')}>{view.ticket.description}</Fact>}
      {contractor?.dispatch.instructions && <Fact label={t('exchange.request.instructions')}>{contractor.dispatch.instructions}</Fact>}
      <Fact label={t('exchange.request.requestedAt')}>{format.date(view.ticket.requestedAt, 'long')}</Fact>
      {contractor?.ownerName && <Fact label={t('exchange.request.owner')}>{contractor.ownerName}</Fact>}
    </Section>
  );
}

/** The place: the building and its address, the unit and the floor. */
export function PlaceSection({ view }: { view: ExchangeView }) {
  const { t } = useTranslation();
  const place = view.place;
  if (!place) return null;
  const cityLine = [place.postalCode, place.city].filter(Boolean).join(' ');
  return (
    <Section id="x-place" title={t('exchange.place.title')}>
      <address className="address wrap" data-testid="exchange-address">
        <strong>{place.name}</strong>
        {place.addressLine && (
          <>
            <br />
            {place.addressLine}
          </>
        )}
        {cityLine && (
          <>
            <br />
            {cityLine}
          </>
        )}
      </address>
      {place.unit && <Fact label={t('exchange.place.unit')}>{place.unit}</Fact>}
      {place.floor && <Fact label={t('exchange.place.floor')}>{place.floor}</Fact>}
    </Section>
  );
}

/** The person to contact on site, with their numbers and addresses. */
export function ContactSection({ view }: { view: ContractorView }) {
  const { t } = useTranslation();
  const contact = view.contact;
  return (
    <Section id="x-contact" title={t('exchange.contact.title')}>
      {contact ? (
        <>
          <p className="strong wrap">{contact.name}</p>
          {contact.comment && <Fact label={t('exchange.contact.comment')}>{contact.comment}</Fact>}
          {contact.phones.map((phone) => (
            <CallButton key={phone} phone={phone} name={contact.name} />
          ))}
          {contact.emails.map((email) => (
            <MailButton key={email} email={email} name={contact.name} />
          ))}
        </>
      ) : (
        <p>{t('exchange.contact.none')}</p>
      )}
    </Section>
  );
}

/** The manager and the agency; the email only when the agency shows it. */
export function AgencySection({ view, onWrite }: { view: ExchangeView; onWrite?: () => void }) {
  const { t } = useTranslation();
  const { manager, agency } = view;
  return (
    <Section id="x-agency" title={t('exchange.agency.title')}>
      {manager && (
        <>
          <Fact label={t('exchange.agency.manager')}>{manager.name}</Fact>
          {manager.phone && <CallButton phone={manager.phone} name={manager.name} />}
          {manager.email && <MailButton email={manager.email} name={manager.name} />}
        </>
      )}
      <Fact label={t('exchange.agency.agency')}>{agency.name}</Fact>
      {agency.phone && <CallButton phone={agency.phone} name={agency.name} />}
      {agency.email && <MailButton email={agency.email} name={agency.name} />}
      {onWrite && (
        <Button fullWidth onClick={onWrite}>
          {t('exchange.message.open')}
        </Button>
      )}
    </Section>
  );
}
