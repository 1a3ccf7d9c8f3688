// Documents as download links (a tap opens the file), for "Mes documents" and the home page.
import { useTranslation } from '../light/light-i18n.ts';
import { Icon } from './icons.tsx';
import { usePortalFormat } from './portal-format.ts';
import type { PortalDocumentItem } from './portal-api.ts';

export function DocumentLinks({ items, testId }: { items: readonly PortalDocumentItem[]; testId?: string }) {
  const { t } = useTranslation();
  const format = usePortalFormat();
  return (
    <ul className="plain-list stack-xs" data-testid={testId}>
      {items.map((document) => (
        <li key={document.id}>
          <a href={document.url} className="card p-ticket-card" data-document={document.id} target="_blank" rel="noreferrer">
            <span className="strong wrap"><Icon name="file" size={16} /> {document.title}</span>
            <span className="sm dimmed wrap">
              {[document.place, document.documentDate ? format.date(`${document.documentDate}T12:00:00Z`) : t('portal.documents.added', { date: format.date(document.createdAt) }), format.bytes(document.sizeBytes)].filter(Boolean).join(' · ')}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
