// The units of a property, inside its drawer: the list, and a small window to add or change one.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DrawerSection } from '../shared/drawer-section.tsx';
import { EditButton } from '../shared/edit-button.tsx';
import { EditModal } from '../shared/edit-modal.tsx';
import { ListTable } from '../shared/list-table.tsx';
import { useAll } from '../shared/queries.ts';
import type { PropertyAnswer as Property, UnitAnswer as Unit } from '../../../../src/http/answers.ts';
import { useEditing } from '../shared/use-editing.ts';
import { UnitForm } from './unit-form.tsx';
import { UnitCodeButton } from '../residents/unit-code-dialog.tsx';
import { sortByLabel } from '../../i18n/collate.ts';

/** The table of units with "add" and "change". */
export function UnitsSection({ property }: { property: Property }) {
  const { t } = useTranslation();
  const units = useAll<Unit>('units', `/api/v1/units?propertyId=${property.id}`);
  const edit = useEditing<Unit>();
  const items = sortByLabel(units.data ?? [], (unit) => unit.reference);

  return (
    <DrawerSection id="units-title" title={t('admin.units.title', { count: items.length })} addLabel={t('admin.units.new')} onAdd={() => edit.open('new')} notice={edit.notice}>
      <ListTable
        pending={units.isPending}
        error={units.error}
        emptyText={t('admin.units.empty')}
        items={items}
        verticalSpacing={4}
        columns={[
          { header: t('admin.units.reference'), rowHeader: 'plain', cell: (unit) => unit.reference },
          { header: t('admin.units.floor'), cell: (unit) => unit.floor ?? '—' },
          { header: t('admin.units.description'), cell: (unit) => <Text size="sm">{unit.description ?? '—'}</Text> },
        ]}
        actions={(unit) => (
          <Group gap={4} wrap="nowrap" justify="flex-end">
            <EditButton size="compact-xs" name={unit.reference} onClick={() => edit.open(unit)} />
            <UnitCodeButton unitId={unit.id} unitReference={unit.reference} />
          </Group>
        )}
      />
      <EditModal
        opened={edit.opened}
        onClose={edit.close}
        title={edit.isNew ? t('admin.units.newIn', { property: property.name }) : t('admin.units.edit', { reference: edit.record?.reference ?? '' })}
      >
        <UnitForm
          propertyId={property.id}
          unit={edit.record}
          onSaved={(unit) => edit.saved(t('admin.common.savedNamed', { name: unit.reference }))}
          onCancel={edit.close}
        />
      </EditModal>
    </DrawerSection>
  );
}
