// /admin/inbound ("Courriel entrant"): the agency's inbound addresses, the doors (SMTP port, HTTP
// endpoint and its secret), the mailbox Gardien reads (IMAP) and how to forward the agency's mail to them.
import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.ts';
import type { InboundSettingsAnswer } from '../../../../src/http/answers.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { ListState } from '../shared/list-state.tsx';
import { adminKeys } from '../shared/queries.ts';
import { ForwardingGuide } from './forwarding-guide.tsx';
import { InboundAddresses } from './inbound-addresses.tsx';
import { InboundSecret } from './inbound-secret.tsx';
import { InboundMailbox } from './inbound-mailbox.tsx';

/** Loads the inbound settings, then shows their three sections. */
export default function InboundSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: adminKeys.kind('inbound-settings'),
    queryFn: () => api.get<InboundSettingsAnswer>('/api/v1/settings/inbound'),
  });
  return (
    <AdminPage
      title={t('admin.inbound.title')}
      description={t('admin.inbound.intro')}
      actions={
        <Button component={Link} href="/admin/inbound-messages" variant="default">
          {t('admin.nav.inboundMessages')}
        </Button>
      }
    >
      <ListState pending={settings.isPending} error={settings.error} empty={false} emptyText="" />
      {settings.data && (
        <>
          <InboundAddresses addresses={settings.data.addresses} />
          <InboundSecret settings={settings.data} />
          <InboundMailbox />
          <ForwardingGuide settings={settings.data} />
        </>
      )}
    </AdminPage>
  );
}
