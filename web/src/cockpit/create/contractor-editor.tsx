// One contractor of a ticket: chosen by trade, or by name among all, or typed in; its emails,
// phones and channels can be adjusted for this ticket, with instructions of its own.
import { useState } from 'react';
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRADES } from '../../../../src/domain/master-data.ts';
import { useLabels } from '../shared/labels.ts';
import { useContractors, type Contractor } from '../shared/master-data.ts';
import { ContactFields } from './contact-fields.tsx';
import type { ContractorDraft } from './drafts.ts';
import { sortByLabel } from '../../i18n/collate.ts';
import { useScorecardSummaries } from '../scorecards/scorecard-queries.ts';
import { ScorecardLine } from '../scorecards/scorecard-line.tsx';
import { MAX_SCORECARD_BATCH } from '../../../../src/domain/reports/scorecard-figures.ts';

interface Props {
  legend: string;
  value: ContractorDraft;
  onChange: (value: ContractorDraft) => void;
  onRemove?: () => void;
  errors?: Record<string, string>;
  /** The prefix of the server's field names for this contractor (`contractors.0.`). */
  prefix?: string;
}

/** A fieldset with the trade, the contractor, or a name typed in, and the contact details. */
export function ContractorEditor({ legend, value, onChange, onRemove, errors = {}, prefix = '' }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const contractors = useContractors();
  const active = (contractors.data ?? []).filter((c) => c.active);
  const choices = value.trade ? active.filter((c) => c.trades.includes(value.trade!)) : active;
  const patch = (changes: Partial<ContractorDraft>) => onChange({ ...value, ...changes });
  const options = sortByLabel(choices, (c) => c.name).map((c) => ({ value: c.id, label: c.name }));
  // The options the open list shows (those the search keeps, at most one batch), their
  // scorecards' summaries fetched in one call once the list has been opened.
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const chosenLabel = options.find((o) => o.value === value.contractorId)?.label;
  const needle = search === chosenLabel ? '' : search.trim().toLowerCase();
  const shown = options.filter((o) => o.label.toLowerCase().includes(needle)).slice(0, MAX_SCORECARD_BATCH);
  const cards = useScorecardSummaries(shown.map((o) => o.value), opened);

  const choose = (id: string | null) => {
    const contractor: Contractor | undefined = active.find((c) => c.id === id);
    if (!contractor) return patch({ contractorId: null });
    patch({
      contractorId: contractor.id,
      name: contractor.name,
      emails: contractor.emails,
      phones: contractor.phones,
      channels: contractor.preferredChannels.length ? contractor.preferredChannels : ['email'],
    });
  };

  return (
    <Fieldset legend={legend} data-testid="contractor-editor">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('contractor.trade')}
          placeholder={t('contractor.anyTrade')}
          clearable
          searchable
          value={value.trade}
          onChange={(trade) => patch({ trade })}
          data={sortByLabel(TRADES.map((trade) => ({ value: trade, label: labels.trade(trade) })), (option) => option.label)}
        />
        <Select
          label={t('contractor.choose')}
          placeholder={t('contractor.choosePlaceholder')}
          clearable
          searchable
          value={value.contractorId}
          onChange={choose}
          data={options}
          limit={MAX_SCORECARD_BATCH}
          searchValue={search}
          onSearchChange={setSearch}
          onDropdownOpen={() => setOpened(true)}
          renderOption={({ option }) => (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              <ScorecardLine card={cards.get(option.value)} />
            </Stack>
          )}
          nothingFoundMessage={t('list.filters.nothingFound')}
          error={errors[`${prefix}contractorId`]}
        />
        <TextInput
          label={t('contractor.typeIn')}
          disabled={!!value.contractorId}
          value={value.contractorId ? '' : value.name}
          placeholder={value.contractorId ? value.name : undefined}
          onChange={(event) => patch({ name: event.currentTarget.value })}
          error={errors[`${prefix}name`]}
        />
      </SimpleGrid>
      <ContactFields
        emails={value.emails}
        phones={value.phones}
        channels={value.channels}
        onChange={patch}
        errors={errors}
        prefix={prefix}
      />
      <Textarea
        mt="sm"
        label={t('contractor.instructions')}
        autosize
        minRows={2}
        value={value.instructions}
        onChange={(event) => patch({ instructions: event.currentTarget.value })}
        error={errors[`${prefix}instructions`]}
      />
      {onRemove && (
        <Group justify="flex-end" mt="xs">
          <Button variant="subtle" color="red.9" size="compact-sm" onClick={onRemove}>
            {t('contractor.remove')}
          </Button>
        </Group>
      )}
    </Fieldset>
  );
}
