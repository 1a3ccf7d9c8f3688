// A person's relations to units and co-ownerships, with their periods: the list, and a small
// window to add one or change a period (a tenancy ends, an owner sells).
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { DataTable } from '../shared/data-table.tsx';
import { DrawerSection } from '../shared/drawer-section.tsx';
import { EditButton } from '../shared/edit-button.tsx';
import { EditModal } from '../shared/edit-modal.tsx';
import { useAllProperties } from '../shared/option-lists.ts';
import { useAll } from '../shared/queries.ts';
import type { PersonAnswer as Person, RelationAnswer as Relation, UnitAnswer as Unit } from '../../../../src/http/answers.ts';
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
    <DrawerSection id="relations-title" title={t('admin.persons.relations')} addLabel={t('admin.persons.addRelation')} onAdd={() => edit.open('new')} notice={edit.notice}>
      <DataTable
        items={relations}
        verticalSpacing={4}
        columns={[
          {
            header: t('admin.persons.relationKind'),
            cell: (relation) => (
              <>
                {t(`codes.relation.${relation.kind}`, { defaultValue: relation.kind })}{' '}
                {ended(relation) && (
                  <StatusBadge tone="neutral" size="xs">
                    {t('admin.persons.ended')}
                  </StatusBadge>
                )}
              </>
            ),
          },
          { header: t('admin.persons.property'), cell: (relation) => propertyName(relation.propertyId) },
          { header: t('admin.persons.unit'), cell: (relation) => unitName(relation.unitId) },
          { header: t('admin.persons.period'), cell: (relation) => t('admin.persons.fromTo', { from: day(relation.startsOn), to: day(relation.endsOn) }) },
        ]}
        actions={(relation) => <EditButton size="compact-xs" label={t('admin.persons.changePeriod')} onClick={() => edit.open(relation)} />}
      />
      <EditModal
        opened={edit.opened}
        onClose={edit.close}
        title={edit.isNew ? t('admin.persons.addRelationTo', { name: person.name }) : t('admin.persons.changePeriod')}
      >
        <RelationForm
          person={person}
          relation={edit.record}
          onSaved={(next) => {
            onChange(next);
            edit.saved(t('admin.persons.relationSaved'));
          }}
          onCancel={edit.close}
        />
      </EditModal>
    </DrawerSection>
  );
}
