// The documents the party may open: photos open large on the page, PDFs in a new tab, anything
// else downloads.
import { useState } from 'react';
import { useTranslation } from '../light/light-i18n.ts';
import type { ExchangeDocument } from './exchange-types.ts';
import { Section } from './request-details.tsx';
import { ImageDialog } from './image-dialog.tsx';

export function isImage(document: ExchangeDocument): boolean {
  return document.contentType.startsWith('image/') && !document.contentType.includes('heic') && !document.contentType.includes('heif');
}

/** The list of documents, with a large view for photos. */
export function DocumentsSection({ documents, title, id = 'x-documents', order }: { documents: ExchangeDocument[]; title?: string; id?: string; order?: 2 | 4 }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ExchangeDocument | null>(null);
  if (documents.length === 0) return null;
  const kind = (document: ExchangeDocument) => t(`exchange.documents.kinds.${document.kind}`, { defaultValue: t('exchange.documents.kinds.document') });

  return (
    <Section id={id} order={order} title={title ?? t('exchange.documents.title')}>
      <ul className="plain-list stack-xs" data-testid={id}>
        {documents.map((document) => (
          <li key={document.id}>
            {isImage(document) ? (
              <button type="button" className="photo-tile" onClick={() => setShown(document)} aria-label={t('exchange.documents.openImage', { name: document.filename })}>
                <img src={document.url} alt="" width={64} height={64} loading="lazy" />
                <span className="photo-text">
                  <span className="wrap">{document.filename}</span>
                  <span className="sm dimmed">{kind(document)}</span>
                </span>
              </button>
            ) : (
              <a
                href={document.url}
                target={document.contentType === 'application/pdf' ? '_blank' : undefined}
                rel="noopener"
                download={document.contentType === 'application/pdf' ? undefined : document.filename}
                className="link document-link wrap"
              >
                {document.filename}
                <span className="sm dimmed">
                  {' '}
                  ({kind(document)}
                  {document.contentType === 'application/pdf' ? `, ${t('exchange.documents.newTab')}` : ''})
                </span>
              </a>
            )}
          </li>
        ))}
      </ul>
      {shown && <ImageDialog document={shown} onClose={() => setShown(null)} />}
    </Section>
  );
}
