// Creating or changing a unit of a property: its reference, floor and description.
import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '../shared/errors.ts';
import { RecordForm } from '../shared/record-form.tsx';
import type { UnitAnswer as Unit } from '../../../../src/http/answers.ts';
import { useSave } from '../shared/use-save.ts';

interface Props {
  propertyId: string;
  unit: Unit | undefined;
  onSaved: (unit: Unit) => void;
  onCancel: () => void;
}

/** The small form of a unit. */
export function UnitForm({ propertyId, unit, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [reference, setReference] = useState(unit?.reference ?? '');
  const [floor, setFloor] = useState(unit?.floor ?? '');
  const [description, setDescription] = useState(unit?.description ?? '');
  const save = useSave<Unit>('units', unit?.id, onSaved);
  const errors = useFieldErrors(save.error);

  const submit = () => {
    save.mutate({
      ...(unit ? {} : { propertyId }),
      reference: reference.trim(),
      floor: floor.trim() || null,
      description: description.trim() || null,
    });
  };

  return (
    <RecordForm save={save} onSubmit={submit} onCancel={onCancel} gap="sm">
      <TextInput label={t('admin.units.reference')} required value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={errors.reference} data-autofocus />
      <TextInput label={t('admin.units.floor')} description={t('admin.units.floorHelp')} value={floor} onChange={(e) => setFloor(e.currentTarget.value)} error={errors.floor} maxLength={40} />
      <TextInput label={t('admin.units.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} maxLength={500} />
    </RecordForm>
  );
}
