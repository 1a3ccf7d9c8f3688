// A person on a ticket (requester, contact, watcher, approver, third party): chosen among the
// agency's people — those of the ticket's property first — or typed in with their details.
import { Button, Fieldset, Group, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePersons, type Person } from '../shared/master-data.ts';
import { ContactFields } from './contact-fields.tsx';
import type { PartyDraft } from './drafts.ts';
import { sortByLabel } from '../../i18n/collate.ts';

interface Props {
  legend: string;
  value: PartyDraft;
  onChange: (value: PartyDraft) => void;
  onRemove?: () => void;
  /** The ticket's property: its people are listed first. */
  propertyId?: string | null;
  /** Relation kinds listed first (council members for an approver). */
  preferRelations?: string[];
  withComment?: boolean;
  errors?: Record<string, string>;
  prefix?: string;
}

function relationNote(person: Person, propertyId: string | null | undefined, t: (key: string) => string): string {
  const kinds = person.relations.filter((r) => !propertyId || r.propertyId === propertyId).map((r) => t(`codes.relation.${r.kind}`));
  return kinds.length ? ` (${[...new Set(kinds)].join(', ')})` : '';
}

/** A fieldset: person chooser or typed name, emails, phones, channels, optional comment. */
export function PartyEditor({ legend, value, onChange, onRemove, propertyId, preferRelations, withComment, errors = {}, prefix = '' }: Props) {
  const { t } = useTranslation();
  const persons = usePersons();
  const patch = (changes: Partial<PartyDraft>) => onChange({ ...value, ...changes });
  const all = sortByLabel(persons.data ?? [], (p) => p.name);
  const related = (p: Person) =>
    p.relations.some((r) => r.propertyId === propertyId && (!preferRelations || preferRelations.includes(r.kind)));
  const first = propertyId ? all.filter(related) : [];
  const rest = all.filter((p) => !first.includes(p));
  const option = (p: Person) => ({ value: p.id, label: `${p.name}${relationNote(p, propertyId, t)}` });
  const data = first.length
    ? [
        { group: t('party.groupProperty'), items: first.map(option) },
        { group: t('party.groupOthers'), items: rest.map(option) },
      ]
    : rest.map(option);

  const choose = (id: string | null) => {
    const person = all.find((p) => p.id === id);
    if (!person) return patch({ personId: null });
    patch({
      personId: person.id,
      name: person.name,
      emails: person.emails,
      phones: person.phones,
      channels: [...(person.emails.length ? ['email'] : []), ...(person.phones.length && !person.emails.length ? ['sms'] : [])],
    });
  };

  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('party.choose')}
          placeholder={t('party.choosePlaceholder')}
          clearable
          searchable
          // Picking the chosen person again keeps them (clearing is the × button's).
          allowDeselect={false}
          value={value.personId}
          onChange={choose}
          data={data}
          nothingFoundMessage={t('list.filters.nothingFound')}
          error={errors[`${prefix}personId`]}
        />
        <TextInput
          label={t('party.typeIn')}
          disabled={!!value.personId}
          value={value.personId ? '' : value.name}
          placeholder={value.personId ? value.name : undefined}
          onChange={(event) => patch({ name: event.currentTarget.value })}
          error={errors[`${prefix}name`]}
        />
      </SimpleGrid>
      <ContactFields emails={value.emails} phones={value.phones} channels={value.channels} onChange={patch} errors={errors} prefix={prefix} />
      {withComment && (
        <Textarea
          mt="sm"
          label={t('party.comment')}
          autosize
          minRows={1}
          value={value.comment}
          onChange={(event) => patch({ comment: event.currentTarget.value })}
          error={errors[`${prefix}comment`]}
        />
      )}
      {onRemove && (
        <Group justify="flex-end" mt="xs">
          <Button variant="subtle" color="red.9" size="compact-sm" onClick={onRemove}>
            {t('party.remove')}
          </Button>
        </Group>
      )}
    </Fieldset>
  );
}
