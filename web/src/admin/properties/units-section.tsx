// The units of a property, inside its drawer: the list, and a small window to add or change one.
import { Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListState } from '../shared/list-state.tsx';
import { useAll } from '../shared/queries.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import type { Property, Unit } from '../shared/types.ts';
import { useEditing } from '../shared/use-editing.ts';
import { UnitForm } from './unit-form.tsx';

/** The table of units with "add" and "change". */
export function UnitsSection({ property }: { property: Property }) {
  const { t } = useTranslation();
  const units = useAll<Unit>('units', `/api/v1/units?propertyId=${property.id}`);
  const edit = useEditing<Unit>();
  const items = [...(units.data ?? [])].sort((a, b) => a.reference.localeCompare(b.reference, undefined, { numeric: true }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="units-title" mt="xl">
      <Group justify="space-between">
        <Title order={3} size="h4" id="units-title">
          {t('admin.units.title', { count: items.length })}
        </Title>
        <Button size="compact-sm" onClick={() => edit.open('new')}>
          {t('admin.units.new')}
        </Button>
      </Group>
      <SavedNotice message={edit.notice} />
      <ListState pending={units.isPending} error={units.error} empty={items.length === 0} emptyText={t('admin.units.empty')} />
      {items.length > 0 && (
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.units.reference')}</Table.Th>
              <Table.Th scope="col">{t('admin.units.floor')}</Table.Th>
              <Table.Th scope="col">{t('admin.units.description')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((unit) => (
              <Table.Tr key={unit.id}>
                <Table.Th scope="row">{unit.reference}</Table.Th>
                <Table.Td>{unit.floor ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{unit.description ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="default" onClick={() => edit.open(unit)} aria-label={t('admin.common.editNamed', { name: unit.reference })}>
                    {t('common.modify')}
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
        title={edit.isNew ? t('admin.units.newIn', { property: property.name }) : t('admin.units.edit', { reference: edit.record?.reference ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {edit.opened && (
          <UnitForm
            propertyId={property.id}
            unit={edit.record}
            onSaved={(unit) => edit.saved(t('admin.common.savedNamed', { name: unit.reference }))}
            onCancel={edit.close}
          />
        )}
      </Modal>
    </Stack>
  );
}
