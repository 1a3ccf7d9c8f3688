// What the sender sees once the request is in: its number, where the confirmation went, what
// happens next, and a way to make another request. The heading takes the focus.
import { useEffect, useRef } from 'react';
import { Alert, Button } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { revealInFrame } from './frame-messages.ts';
import type { Sent } from './request-form.tsx';

export function Confirmation({ sent, onAnother }: { sent: Sent; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!heading.current) return;
    heading.current.focus();
    revealInFrame(heading.current);
  }, []);
  return (
    <div className="stack" data-testid="webform-confirmation">
      <h1 ref={heading} tabIndex={-1} className="h3 f-focus-target">
        {t('webform.done.title')}
      </h1>
      <Alert tone="success" role="status">
        <span className="strong">{sent.ticketNumber !== null ? t('webform.done.number', { number: sent.ticketNumber }) : t('webform.done.received')}</span>
      </Alert>
      {sent.email && <p className="wrap">{t('webform.done.email', { email: sent.email })}</p>}
      <p>{t('webform.done.next')}</p>
      <Button variant="default" onClick={onAnother}>
        {t('webform.done.another')}
      </Button>
    </div>
  );
}
