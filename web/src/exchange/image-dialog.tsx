// A photo shown large over the page (the browser's own modal dialog: focus kept inside, Escape
// closes, focus given back to the photo that opened it); the whole screen on a phone.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../light/light-i18n.ts';
import { CloseButton } from '../light/controls.tsx';
import type { ExchangeDocument } from './exchange-types.ts';

/** The dialog; rendered only while a photo is shown. */
export function ImageDialog({ document: shown, onClose }: { document: ExchangeDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    close.current?.focus();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="image-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose(); // a tap outside the photo's box
      }}
    >
      <div className="dialog-head">
        <h2 className="h4 wrap" id={`${id}-title`}>
          {shown.filename}
        </h2>
        <CloseButton ref={close} label={t('exchange.documents.close')} onClick={onClose} />
      </div>
      <div className="stack-sm dialog-body">
        <img src={shown.url} alt={shown.filename} className="dialog-image" />
        <a href={shown.url} target="_blank" rel="noopener" className="link">
          {t('exchange.documents.openNewTab')}
        </a>
      </div>
    </dialog>
  );
}
