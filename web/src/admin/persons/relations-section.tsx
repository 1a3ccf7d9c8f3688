// A person's relations to units and co-ownerships, with their periods: the list, and a small
// window to add one or change a period (a tenancy ends, an owner sells).
import { Button, Group, Modal, Stack, Table, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useAllProperties } from '../shared/option-lists.ts';
import { useAll } from '../shared/queries.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import type { Person, Relation, Unit } from '../shared/types.ts';
import { useEditing } from '../shared/use-editing.ts';
import { RelationForm } from './relation-form.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

interface Props {
  person: Person;
  onChange: (person: Person) => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The table of relations (current ones first) with "add" and "change the period". */
export function RelationsSection({ person, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const properties = useAllProperties();
  const units = useAll<Unit>('units', '/api/v1/units', person.relations.some((r) => r.unitId));
  const edit = useEditing<Relation>();
  const ended = (r: Relation) => r.endsOn !== null && r.endsOn < today();
  const relations = [...person.relations].sort((a, b) => Number(ended(a)) - Number(ended(b)) || (b.startsOn ?? '').localeCompare(a.startsOn ?? ''));
  const propertyName = (id: string) => properties.data?.find((p) => p.id === id)?.name ?? '…';
  const unitName = (id: string | null) => (id ? (units.data?.find((u) => u.id === id)?.reference ?? '…') : '—');
  const day = (value: string | null) => (value ? format.calendarDate(value) : '—');

  return (
    <Stack gap="sm" component="section" aria-labelledby="relations-title" mt="xl">
      <Group justify="space-between">
        <Title order={3} size="h4" id="relations-title">
          {t('admin.persons.relations')}
        </Title>
        <Button size="compact-sm" onClick={() => edit.open('new')}>
          {t('admin.persons.addRelation')}
        </Button>
      </Group>
      <SavedNotice message={edit.notice} />
      {relations.length > 0 && (
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.persons.relationKind')}</Table.Th>
              <Table.Th scope="col">{t('admin.persons.property')}</Table.Th>
              <Table.Th scope="col">{t('admin.persons.unit')}</Table.Th>
              <Table.Th scope="col">{t('admin.persons.period')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {relations.map((relation) => (
              <Table.Tr key={relation.id}>
                <Table.Td>
                  {t(`codes.relation.${relation.kind}`, { defaultValue: relation.kind })}{' '}
                  {ended(relation) && (
                    <StatusBadge tone="neutral" size="xs">
                      {t('admin.persons.ended')}
                    </StatusBadge>
                  )}
                </Table.Td>
                <Table.Td>{propertyName(relation.propertyId)}</Table.Td>
                <Table.Td>{unitName(relation.unitId)}</Table.Td>
                <Table.Td>{t('admin.persons.fromTo', { from: day(relation.startsOn), to: day(relation.endsOn) })}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="default" onClick={() => edit.open(relation)}>
                    {t('admin.persons.changePeriod')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={edit.opened}
        onClose={edit.close}
        title={edit.isNew ? t('admin.persons.addRelationTo', { name: person.name }) : t('admin.persons.changePeriod')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {edit.opened && (
          <RelationForm
            person={person}
            relation={edit.record}
            onSaved={(next) => {
              onChange(next);
              edit.saved(t('admin.persons.relationSaved'));
            }}
            onCancel={edit.close}
          />
        )}
      </Modal>
    </Stack>
  );
}
