// Creating or changing a contractor: name, trades, several emails and phones, the channels it
// prefers, its language, notes, and whether it is still used.
import { useState } from 'react';
import { Checkbox, Group, MultiSelect, SimpleGrid, Switch, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TRADES } from '../../../../src/domain/master-data.ts';
import { useFieldErrors } from '../shared/errors.ts';
import { LanguageSelect } from '../shared/language-select.tsx';
import { RecordForm } from '../shared/record-form.tsx';
import type { ContractorAnswer as Contractor } from '../../../../src/http/answers.ts';
import { useSave } from '../shared/use-save.ts';
import { cleanValues, ValueListInput } from '../shared/value-list-input.tsx';

interface Props {
  contractor: Contractor | undefined;
  onSaved: (record: Contractor) => void;
  onCancel: () => void;
}

/** The form; it closes once the server accepted it. */
export function ContractorForm({ contractor, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [externalRef, setExternalRef] = useState(contractor?.externalRef ?? '');
  const [name, setName] = useState(contractor?.name ?? '');
  const [trades, setTrades] = useState<string[]>(contractor?.trades ?? []);
  const [emails, setEmails] = useState<string[]>(contractor?.emails.length ? contractor.emails : ['']);
  const [phones, setPhones] = useState<string[]>(contractor?.phones.length ? contractor.phones : ['']);
  const [channels, setChannels] = useState<string[]>(contractor?.preferredChannels ?? ['email']);
  const [language, setLanguage] = useState(contractor?.language ?? 'fr');
  const [notes, setNotes] = useState(contractor?.notes ?? '');
  const [active, setActive] = useState(contractor?.active ?? true);
  const save = useSave<Contractor>('contractors', contractor?.id, onSaved);
  const errors = useFieldErrors(save.error);

  const submit = () => {
    save.mutate({
      externalRef: externalRef.trim() || null,
      name: name.trim(),
      trades,
      emails: cleanValues(emails),
      phones: cleanValues(phones),
      preferredChannels: channels,
      language,
      notes: notes.trim() || null,
      active,
    });
  };

  return (
    <RecordForm save={save} onSubmit={submit} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('admin.common.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />
        <TextInput
          label={t('admin.common.externalRef')}
          description={t('admin.common.externalRefHelp')}
          value={externalRef}
          onChange={(e) => setExternalRef(e.currentTarget.value)}
          error={errors.externalRef}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('admin.contractors.trades')}
        required
        searchable
        data={TRADES.map((trade) => ({ value: trade, label: t(`codes.trade.${trade}`) }))}
        value={trades}
        onChange={setTrades}
        error={errors.trades}
        hidePickedOptions
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ValueListInput
          field="emails"
          label={t('admin.common.emails')}
          itemLabel={(n) => t('admin.common.emailN', { n })}
          addLabel={t('admin.common.addEmail')}
          values={emails}
          onChange={setEmails}
          errors={errors}
        />
        <ValueListInput
          field="phones"
          type="tel"
          label={t('admin.common.phones')}
          itemLabel={(n) => t('admin.common.phoneN', { n })}
          addLabel={t('admin.common.addPhone')}
          values={phones}
          onChange={setPhones}
          errors={errors}
        />
      </SimpleGrid>
      <Checkbox.Group label={t('admin.contractors.channels')} description={t('admin.contractors.channelsHelp')} value={channels} onChange={setChannels} error={errors.preferredChannels}>
        <Group gap="lg" mt={4}>
          <Checkbox value="email" label={t('codes.channel.email')} />
          <Checkbox value="sms" label={t('codes.channel.sms')} />
        </Group>
      </Checkbox.Group>
      <LanguageSelect value={language} onChange={setLanguage} error={errors.language} />
      <Textarea label={t('admin.contractors.notes')} autosize minRows={2} maxLength={2000} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} />
      <Switch label={t('admin.contractors.active')} description={t('admin.contractors.activeHelp')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
    </RecordForm>
  );
}
