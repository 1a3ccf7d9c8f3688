// Creating or changing a property: name, reference, kind, module, address, its manager and
// assistant.
import { useState } from 'react';
import { Radio, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MODULES, PROPERTY_KINDS } from '../../../../src/domain/master-data.ts';
import { useFieldErrors } from '../shared/errors.ts';
import { optionsOf, useAllUsers } from '../shared/option-lists.ts';
import { RecordForm } from '../shared/record-form.tsx';
import type { PropertyAnswer as Property } from '../../../../src/http/answers.ts';
import { useSave } from '../shared/use-save.ts';

interface Props {
  property: Property | undefined;
  onSaved: (record: Property) => void;
  onCancel: () => void;
}

/** The form; the page decides what follows a save. */
export function PropertyForm({ property, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const users = useAllUsers();
  const [externalRef, setExternalRef] = useState(property?.externalRef ?? '');
  const [name, setName] = useState(property?.name ?? '');
  const [kind, setKind] = useState(property?.kind ?? 'coownership');
  const [module, setModule] = useState(property?.module ?? 'syndic');
  const [addressLine, setAddressLine] = useState(property?.addressLine ?? '');
  const [postalCode, setPostalCode] = useState(property?.postalCode ?? '');
  const [city, setCity] = useState(property?.city ?? '');
  const [country, setCountry] = useState(property?.country ?? 'FR');
  const [managerId, setManagerId] = useState<string | null>(property?.managerId ?? null);
  const [assistantId, setAssistantId] = useState<string | null>(property?.assistantId ?? null);
  const save = useSave<Property>('properties', property?.id, onSaved);
  const errors = useFieldErrors(save.error);
  const staff = optionsOf(
    (users.data ?? []).filter((u) => u.active),
    (u) => u.name,
  );
  const clear = { 'aria-label': t('admin.common.clear') };

  const submit = () => {
    save.mutate({
      externalRef: externalRef.trim() || null,
      name: name.trim(),
      kind,
      module,
      addressLine: addressLine.trim(),
      postalCode: postalCode.trim(),
      city: city.trim(),
      country: country.trim().toUpperCase(),
      managerId,
      assistantId,
    });
  };

  return (
    <RecordForm save={save} onSubmit={submit} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('admin.common.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />
        <TextInput label={t('admin.common.externalRef')} description={t('admin.common.externalRefHelp')} value={externalRef} onChange={(e) => setExternalRef(e.currentTarget.value)} error={errors.externalRef} />
      </SimpleGrid>
      <Radio.Group label={t('admin.properties.kind')} required value={kind} onChange={setKind} error={errors.kind}>
        <Group mt={4}>
          {PROPERTY_KINDS.map((code) => (
            <Radio key={code} value={code} label={t(`admin.properties.kinds.${code}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Radio.Group label={t('admin.properties.module')} required value={module} onChange={setModule} error={errors.module}>
        <Group mt={4}>
          {MODULES.map((code) => (
            <Radio key={code} value={code} label={t(`admin.properties.modules.${code}`)} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput label={t('admin.properties.addressLine')} required value={addressLine} onChange={(e) => setAddressLine(e.currentTarget.value)} error={errors.addressLine} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('admin.properties.postalCode')} required value={postalCode} onChange={(e) => setPostalCode(e.currentTarget.value)} error={errors.postalCode} />
        <TextInput label={t('admin.properties.city')} required value={city} onChange={(e) => setCity(e.currentTarget.value)} error={errors.city} />
        <TextInput label={t('admin.properties.country')} description={t('admin.properties.countryHelp')} maxLength={2} value={country} onChange={(e) => setCountry(e.currentTarget.value)} error={errors.country} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('admin.properties.manager')} searchable clearable clearButtonProps={clear} data={staff} value={managerId} onChange={setManagerId} error={errors.managerId} />
        <Select label={t('admin.properties.assistant')} searchable clearable clearButtonProps={clear} data={staff} value={assistantId} onChange={setAssistantId} error={errors.assistantId} />
      </SimpleGrid>
    </RecordForm>
  );
}
