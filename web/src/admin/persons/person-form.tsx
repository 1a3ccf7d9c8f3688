// Creating or changing a person: name, reference, several emails and mobile phones, language.
import { useState } from 'react';
import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '../shared/errors.ts';
import { LanguageSelect } from '../shared/language-select.tsx';
import { MoneyInput } from '../../ui/money-input.tsx';
import { useSession } from '../../session.ts';
import { RecordForm } from '../shared/record-form.tsx';
import type { PersonAnswer as Person } from '../../../../src/http/answers.ts';
import { useSave } from '../shared/use-save.ts';
import { cleanValues, ValueListInput } from '../shared/value-list-input.tsx';

interface Props {
  person: Person | undefined;
  onSaved: (record: Person) => void;
  onCancel: () => void;
}

/** The form; the page decides what follows a save. */
export function PersonForm({ person, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [externalRef, setExternalRef] = useState(person?.externalRef ?? '');
  const [name, setName] = useState(person?.name ?? '');
  const [emails, setEmails] = useState<string[]>(person?.emails.length ? person.emails : ['']);
  const [phones, setPhones] = useState<string[]>(person?.phones.length ? person.phones : ['']);
  const [language, setLanguage] = useState(person?.language ?? 'fr');
  // The owner's mandate threshold (cents): quotes up to it need no approval of theirs.
  const [threshold, setThreshold] = useState<number | null>(person?.mandateThresholdCents ?? null);
  const currency = useSession().data?.organization.currency ?? 'EUR';
  const save = useSave<Person>('persons', person?.id, onSaved);
  const errors = useFieldErrors(save.error);

  const submit = () => {
    save.mutate({
      externalRef: externalRef.trim() || null, name: name.trim(), emails: cleanValues(emails), phones: cleanValues(phones), language, mandateThresholdCents: threshold,
    });
  };

  return (
    <RecordForm save={save} onSubmit={submit} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('admin.common.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />
        <TextInput label={t('admin.common.externalRef')} description={t('admin.common.externalRefHelp')} value={externalRef} onChange={(e) => setExternalRef(e.currentTarget.value)} error={errors.externalRef} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ValueListInput field="emails" label={t('admin.common.emails')} itemLabel={(n) => t('admin.common.emailN', { n })} addLabel={t('admin.common.addEmail')} values={emails} onChange={setEmails} errors={errors} />
        <ValueListInput field="phones" type="tel" label={t('admin.persons.mobiles')} itemLabel={(n) => t('admin.persons.mobileN', { n })} addLabel={t('admin.common.addPhone')} values={phones} onChange={setPhones} errors={errors} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LanguageSelect value={language} onChange={setLanguage} error={errors.language} />
        <MoneyInput
          label={t('admin.persons.mandateThreshold')}
          description={t('admin.persons.mandateThresholdHelp')}
          currency={currency}
          valueCents={threshold}
          onChange={setThreshold}
          error={errors.mandateThresholdCents}
        />
      </SimpleGrid>
    </RecordForm>
  );
}
