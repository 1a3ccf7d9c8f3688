// The form's first part: the type, the place (property, unit), the assignee, the requester
// (chosen or typed in), the source and when the request came.
import { NativeSelect, Radio, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SOURCES } from '../../../../src/domain/tickets/codes.ts';
import { DateTimeInput } from '../../ui/date-time-input.tsx';
import { useLabels } from '../shared/labels.ts';
import { assignableUsers, useProperties, useStaffUsers, useTicketDefaults, useUnits } from '../shared/master-data.ts';
import { PartyEditor } from './party-editor.tsx';
import { visibilityForModule, type TicketFormState } from './ticket-form-state.ts';
import { sortByLabel } from '../../i18n/collate.ts';

interface Props {
  state: TicketFormState;
  onChange: (patch: Partial<TicketFormState>) => void;
  errors: Record<string, string>;
  /** Validating a pending request: its requester, source and date stay as they came. */
  validating: boolean;
  requesterText?: string;
}

/** Type, place and people. */
export function PlacePeopleSection({ state, onChange, errors, validating, requesterText }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const properties = useProperties();
  const units = useUnits(state.propertyId);
  const users = useStaffUsers();
  const defaults = useTicketDefaults();

  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('create.type')}
        required
        value={state.kind}
        onChange={(kind) => onChange({ kind: kind as TicketFormState['kind'] })}
      >
        <Group mt={4}>
          <Radio value="work_order" label={t('create.workOrder')} />
          <Radio value="quote" label={t('create.quoteRequest')} />
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('fields.property')}
          required
          searchable
          value={state.propertyId}
          onChange={(propertyId) => {
            const property = properties.data?.find((p) => p.id === propertyId);
            const previous = properties.data?.find((p) => p.id === state.propertyId);
            // The activity's default visibility (settings), unless the user chose another.
            const visibility = visibilityForModule(state.options.visibility, previous?.module, property?.module, defaults.data);
            onChange({
              propertyId,
              unitId: null,
              // The property's manager is the default assignee, as the server would choose.
              assigneeId: state.assigneeId ?? property?.managerId ?? null,
              options: { ...state.options, visibility, sendOwnerName: property?.module === 'gerance' ? state.options.sendOwnerName : false },
            });
          }}
          data={sortByLabel(properties.data ?? [], (p) => p.name).map((p) => ({ value: p.id, label: `${p.name} — ${p.city}` }))}
          nothingFoundMessage={t('list.filters.nothingFound')}
          error={errors.propertyId}
        />
        <Select
          label={t('fields.unit')}
          description={t('create.unitHint')}
          clearable
          searchable
          disabled={!state.propertyId}
          value={state.unitId}
          onChange={(unitId) => onChange({ unitId })}
          data={sortByLabel(units.data ?? [], (u) => u.reference).map((u) => ({ value: u.id, label: u.floor ? `${u.reference} — ${u.floor}` : u.reference }))}
          error={errors.unitId}
        />
        <Select
          label={t('fields.assignee')}
          description={t('create.assigneeHint')}
          clearable
          searchable
          value={state.assigneeId}
          onChange={(assigneeId) => onChange({ assigneeId })}
          data={sortByLabel(assignableUsers(users.data), (u) => u.name).map((u) => ({ value: u.id, label: u.name }))}
          error={errors.assigneeId}
        />
      </SimpleGrid>
      {validating ? (
        <Text size="sm">
          {t('common.labelled', { label: t('ticket.requester') })} {requesterText || t('ticket.none')} — {t('common.labelled', { label: t('ticket.source') })} {labels.source(state.source)}
        </Text>
      ) : (
        <>
          <PartyEditor
            legend={t('create.requester')}
            value={state.requester}
            onChange={(requester) => onChange({ requester })}
            propertyId={state.propertyId}
            errors={errors}
            prefix="requester."
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('fields.source')}
              value={state.source}
              onChange={(event) => onChange({ source: event.currentTarget.value })}
              data={SOURCES.map((source) => ({ value: source, label: labels.source(source) }))}
              error={errors.source}
            />
            <DateTimeInput
              label={t('fields.requestedAt')}
              required
              value={state.requestedAt}
              onChange={(requestedAt) => onChange({ requestedAt })}
              error={errors.requestedAt}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
