// Editing the ticket: texts, unit, category and its fields, options, contact person, watchers.
// Only what changed is sent.
import { useState } from 'react';
import { Button, Divider, Select, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CategoryFields } from '../create/category-fields.tsx';
import { emptyParty, partyDraftOf, partyFilled, toPartyChoice, type PartyDraft } from '../create/drafts.ts';
import { OptionsFields, type TicketOptions } from '../create/options-fields.tsx';
import { PartyEditor } from '../create/party-editor.tsx';
import { WatchersEditor } from '../create/watchers-editor.tsx';
import { useCategories, useUnits } from '../shared/master-data.ts';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';
import { sortByLabel } from '../../i18n/collate.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every field the `edit` action takes, preset to the ticket's values. */
export function EditForm({ action, ticket, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const units = useUnits(ticket.property?.id ?? null);
  const categories = useCategories();
  const [subject, setSubject] = useState(ticket.subject);
  const [description, setDescription] = useState(ticket.description);
  const [originalDescription, setOriginalDescription] = useState(ticket.originalDescription);
  const [unitId, setUnitId] = useState<string | null>(ticket.unit?.id ?? null);
  const [categoryId, setCategoryId] = useState<string | null>(ticket.category?.id ?? null);
  const [categoryFields, setCategoryFields] = useState<Record<string, unknown>>(ticket.categoryFields ?? {});
  const initialOptions: TicketOptions = {
    silent: ticket.silent, presenceCheck: ticket.presenceCheck, notifyReminders: ticket.notifyReminders, visibility: ticket.visibility, sendOwnerName: ticket.sendOwnerName,
  };
  const [options, setOptions] = useState(initialOptions);
  const [contact, setContact] = useState<PartyDraft>(() => (ticket.contactPerson ? partyDraftOf(ticket.contactPerson) : emptyParty()));
  const [watchers, setWatchers] = useState<PartyDraft[]>(() => ticket.watchers.map(partyDraftOf));
  const [touchedParties, setTouchedParties] = useState(false);
  const category = categories.data?.find((c) => c.id === categoryId);
  const kind = ticket.type === 'DS' || ticket.type === 'DM' ? 'quote' : 'work_order';

  const submit = () => {
    const body: Record<string, unknown> = {};
    if (subject.trim() !== ticket.subject) body.subject = subject.trim();
    if (description !== ticket.description) body.description = description;
    if (originalDescription !== ticket.originalDescription) body.originalDescription = originalDescription;
    if (unitId !== (ticket.unit?.id ?? null)) body.unitId = unitId;
    if (categoryId !== (ticket.category?.id ?? null)) body.categoryId = categoryId;
    if (!same(categoryFields, ticket.categoryFields ?? {}) || body.categoryId !== undefined) body.categoryFields = categoryFields;
    for (const key of ['presenceCheck', 'notifyReminders', 'visibility', 'sendOwnerName'] as const) {
      if (options[key] !== initialOptions[key]) body[key] = options[key];
    }
    if (touchedParties) {
      body.contactPerson = partyFilled(contact) ? toPartyChoice(contact) : null;
      body.watchers = watchers.filter(partyFilled).map(toPartyChoice);
    }
    onSubmit(body);
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      <TextInput label={t('fields.subject')} required value={subject} onChange={(e) => setSubject(e.currentTarget.value)} error={errors.subject} />
      <Textarea label={t('fields.description')} autosize minRows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} />
      <Textarea label={t('fields.originalDescription')} autosize minRows={2} value={originalDescription} onChange={(e) => setOriginalDescription(e.currentTarget.value)} error={errors.originalDescription} />
      <Select
        label={t('fields.unit')}
        clearable
        searchable
        value={unitId}
        onChange={setUnitId}
        data={sortByLabel(units.data ?? [], (u) => u.reference).map((u) => ({ value: u.id, label: u.floor ? `${u.reference} — ${u.floor}` : u.reference }))}
        error={errors.unitId}
      />
      <Select
        label={t('fields.category')}
        clearable
        searchable
        value={categoryId}
        onChange={(id) => {
          setCategoryId(id);
          setCategoryFields({});
        }}
        data={sortByLabel(categories.data ?? [], (c) => c.name).map((c) => ({ value: c.id, label: c.name }))}
        error={errors.categoryId}
      />
      {category && <CategoryFields fields={category.fields} values={categoryFields} onChange={setCategoryFields} errors={errors} />}
      <Divider />
      <OptionsFields value={options} onChange={setOptions} module={ticket.module ?? 'syndic'} kind={kind} withSilent={false} />
      <Divider />
      <Title order={3} size="h5">
        {t('create.people')}
      </Title>
      {touchedParties ? (
        <>
          <PartyEditor legend={t('party.contact')} value={contact} onChange={setContact} propertyId={ticket.property?.id} withComment errors={errors} prefix="contactPerson." />
          <WatchersEditor value={watchers} onChange={setWatchers} propertyId={ticket.property?.id ?? null} errors={errors} />
        </>
      ) : (
        <Button variant="default" size="compact-sm" onClick={() => setTouchedParties(true)} style={{ alignSelf: 'flex-start' }}>
          {t('actions.edit.editPeople')}
        </Button>
      )}
    </ActionFormFrame>
  );
}
