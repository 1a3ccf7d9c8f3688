// The list's filters: status, type, property, contractor, assignee, source, whom it waits on,
// and the service-center views (needs action, unassigned, unregistered senders).
import { Button, Checkbox, Group, NativeSelect, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SOURCES, TICKET_STATUSES, TICKET_TYPES, WAITING_ON } from '../../../../src/domain/tickets/codes.ts';
import { assignableUsers, useContractors, useProperties, useStaffUsers } from '../shared/master-data.ts';
import { useCollate } from '../../i18n/collate.ts';
import { useLabels } from '../shared/labels.ts';
import { DEFAULT_PARAMS, type ListParams } from './list-params.ts';

interface Props {
  params: ListParams;
  onChange: (patch: Partial<ListParams>) => void;
}

/** Every filter of the list, each writing to the address bar. */
export default function ListFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const collate = useCollate();
  const properties = useProperties();
  const contractors = useContractors();
  const users = useStaffUsers();
  const any = { value: '', label: t('list.filters.any') };

  return (
    <div className="gardien-no-print">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4, xl: 7 }} spacing="sm" verticalSpacing="xs">
        <NativeSelect
          label={t('list.filters.status')}
          value={params.status[0] ?? ''}
          onChange={(event) => onChange({ status: event.currentTarget.value ? [event.currentTarget.value] : [] })}
          data={[any, ...TICKET_STATUSES.map((status) => ({ value: status, label: labels.status(status) }))]}
        />
        <NativeSelect
          label={t('list.filters.type')}
          value={params.type[0] ?? ''}
          onChange={(event) => onChange({ type: event.currentTarget.value ? [event.currentTarget.value] : [] })}
          data={[any, ...TICKET_TYPES.map((type) => ({ value: type, label: labels.typeLong(type) }))]}
        />
        <Select
          label={t('list.filters.property')}
          placeholder={t('list.filters.any')}
          searchable
          clearable
          value={params.propertyId}
          onChange={(value) => onChange({ propertyId: value })}
          data={collate.options((properties.data ?? []).map((p) => ({ value: p.id, label: p.name })))}
          nothingFoundMessage={t('list.filters.nothingFound')}
        />
        <Select
          label={t('list.filters.contractor')}
          placeholder={t('list.filters.any')}
          searchable
          clearable
          value={params.contractorId}
          onChange={(value) => onChange({ contractorId: value })}
          data={collate.options((contractors.data ?? []).map((c) => ({ value: c.id, label: c.name })))}
          nothingFoundMessage={t('list.filters.nothingFound')}
        />
        {!users.isError && (
          <Select
            label={t('list.filters.assignee')}
            placeholder={t('list.filters.any')}
            searchable
            clearable
            value={params.assigneeId}
            // Another person's tickets are not "mine": choosing an assignee lifts that filter.
            onChange={(value) => onChange(value ? { assigneeId: value, mine: false, unassigned: false } : { assigneeId: null })}
            data={collate.options(assignableUsers(users.data).map((u) => ({ value: u.id, label: u.name })))}
            nothingFoundMessage={t('list.filters.nothingFound')}
          />
        )}
        <NativeSelect
          label={t('list.filters.source')}
          value={params.source ?? ''}
          onChange={(event) => onChange({ source: event.currentTarget.value || null })}
          data={[any, ...SOURCES.map((source) => ({ value: source, label: labels.source(source) }))]}
        />
        <NativeSelect
          label={t('list.filters.waitingOn')}
          value={params.waitingOn ?? ''}
          onChange={(event) => onChange({ waitingOn: event.currentTarget.value || null })}
          data={[any, ...WAITING_ON.map((who) => ({ value: who, label: labels.waitingOn(who) }))]}
        />
      </SimpleGrid>
      <Group gap="lg" mt="sm">
        <Checkbox
          label={t('list.filters.needsAction')}
          checked={params.needsAction}
          onChange={(event) => onChange({ needsAction: event.currentTarget.checked })}
        />
        <Checkbox
          label={t('list.filters.unassigned')}
          checked={params.unassigned}
          onChange={(event) =>
            onChange(event.currentTarget.checked ? { unassigned: true, mine: false, assigneeId: null } : { unassigned: false })
          }
        />
        <Checkbox
          label={t('list.filters.unregisteredSender')}
          checked={params.unregisteredSender}
          onChange={(event) => onChange({ unregisteredSender: event.currentTarget.checked })}
        />
        <Button variant="subtle" size="compact-sm" onClick={() => onChange({ ...DEFAULT_PARAMS, scope: params.scope, mine: params.mine })}>
          {t('list.filters.reset')}
        </Button>
      </Group>
    </div>
  );
}
