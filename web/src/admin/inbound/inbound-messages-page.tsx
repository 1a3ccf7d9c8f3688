// /admin/inbound-messages ("Messages reçus"): every message that came in by email, SMS, the web
// form or inspection notes, newest first, with what it became and why, its files and its
// original; filtered by outcome (kept in the address), read page by page.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { useSession } from '../../session.ts';
import type { InboundMessageAnswer } from '../../../../src/http/answers.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { ListState } from '../shared/list-state.tsx';
import { LoadMore } from '../shared/load-more.tsx';
import { usePagedList } from '../shared/queries.ts';
import { InboundFilters, outcomeFrom } from './inbound-filters.tsx';
import { InboundMessagesTable } from './inbound-messages-table.tsx';

const TICKET_ROLES = ['manager', 'assistant', 'agent', 'external_agent'];

/** The filter, the table and "load more". */
export default function InboundMessagesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const outcome = outcomeFrom(params);
  const list = usePagedList<InboundMessageAnswer>('inbound-messages', '/api/v1/inbound-messages', { outcome });
  const roles = session.data?.user.roles ?? [];
  const ticketLinks = roles.some((role) => TICKET_ROLES.includes(role));

  return (
    <AdminPage
      title={t('admin.inboundMessages.title')}
      description={t('admin.inboundMessages.intro')}
      actions={
        roles.includes('app_admin') && (
          <Button component={Link} href="/admin/inbound" variant="default">
            {t('admin.nav.inbound')}
          </Button>
        )
      }
    >
      <InboundFilters outcome={outcome} onChange={(next) => setParams(new URLSearchParams(next ? { outcome: next } : {}), { replace: true })} />
      <ListState
        pending={list.isPending}
        error={list.error}
        empty={list.isSuccess && list.items.length === 0}
        emptyText={t('admin.inboundMessages.empty')}
      />
      {list.items.length > 0 && <InboundMessagesTable messages={list.items} ticketLinks={ticketLinks} />}
      {list.isSuccess && list.items.length > 0 && (
        <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
      )}
    </AdminPage>
  );
}
