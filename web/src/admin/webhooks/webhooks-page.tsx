// /admin/webhooks: the agency's outgoing webhooks for app admins (DOMAIN.md §16). The list with
// "add" and "change" in a drawer; a new webhook's secret shown once; `?webhook=<id>` is one
// webhook's page (its deliveries and its actions).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { RecordsPage } from '../shared/records-page.tsx';
import { useEditing } from '../shared/use-editing.ts';
import { SecretReveal } from './secret-reveal.tsx';
import { WebhookForm } from './webhook-form.tsx';
import type { Webhook } from './webhook-types.ts';
import { WebhookView } from './webhook-view.tsx';
import { WebhooksList } from './webhooks-list.tsx';
import { useWebhooks } from './use-webhooks.ts';

/** The list, or one webhook when the address names it. */
export default function WebhooksPage() {
  const [params] = useSearchParams();
  const id = params.get('webhook');
  return id ? <WebhookView id={id} /> : <WebhooksListPage />;
}

function WebhooksListPage() {
  const { t } = useTranslation();
  const list = useWebhooks();
  const edit = useEditing<Webhook>();
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <RecordsPage title={t('webhooks.title')} description={t('webhooks.intro')} newLabel={t('webhooks.new')} edit={edit}>
      <WebhooksList list={list} onEdit={edit.open} />
      <EditDrawer opened={edit.opened} title={edit.isNew ? t('webhooks.new') : t('webhooks.edit')} onClose={edit.close} size="lg">
        <WebhookForm
          webhook={edit.record}
          onSaved={(saved) => {
            edit.saved(t('webhooks.saved', { url: saved.url }));
            if ('secret' in saved) setSecret(saved.secret);
          }}
          onCancel={edit.close}
        />
      </EditDrawer>
      <SecretReveal secret={secret} created onClose={() => setSecret(null)} />
    </RecordsPage>
  );
}
