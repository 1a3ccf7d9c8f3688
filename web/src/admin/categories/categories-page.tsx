// /admin/categories: the categories of requests and the structured fields each asks for.
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminPage } from '../shared/admin-page.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ListState } from '../shared/list-state.tsx';
import { useAll } from '../shared/queries.ts';
import type { Category } from '../shared/types.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import { useEditing } from '../shared/use-editing.ts';
import { CategoryForm } from './category-form.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

/** The table of categories and the drawer that creates or changes one. */
export default function CategoriesPage() {
  const { t, i18n } = useTranslation();
  const categories = useAll<Category>('categories', '/api/v1/categories');
  const edit = useEditing<Category>();
  const items = [...(categories.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const french = !(i18n.resolvedLanguage ?? 'fr').startsWith('en');

  return (
    <AdminPage
      title={t('admin.categories.title')}
      description={t('admin.categories.intro')}
      actions={<Button onClick={() => edit.open('new')}>{t('admin.categories.new')}</Button>}
    >
      <SavedNotice message={edit.notice} />
      <ListState pending={categories.isPending} error={categories.error} empty={items.length === 0} emptyText={t('admin.categories.empty')} />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.categories.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.categories.fields')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.state')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((category) => (
                <Table.Tr key={category.id}>
                  <Table.Th scope="row" fw={500}>
                    {category.name}
                  </Table.Th>
                  <Table.Td>
                    {category.fields.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('admin.categories.noFields')}
                      </Text>
                    ) : (
                      <Text size="sm">
                        {category.fields
                          .map((f) => `${french ? f.label.fr : f.label.en} (${t(`admin.categories.types.${f.type}`, { defaultValue: f.type })}${f.required ? `, ${t('admin.categories.requiredShort')}` : ''})`)
                          .join(' · ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge tone={category.active ? 'ok' : 'neutral'}>
                      {category.active ? t('admin.common.active') : t('admin.common.inactive')}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => edit.open(category)} aria-label={t('admin.common.editNamed', { name: category.name })}>
                      {t('common.modify')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <EditDrawer
        opened={edit.opened}
        title={edit.isNew ? t('admin.categories.new') : t('admin.categories.edit', { name: edit.record?.name ?? '' })}
        onClose={edit.close}
      >
        <CategoryForm
          category={edit.record}
          onSaved={(c) => edit.saved(t('admin.common.savedNamed', { name: c.name }))}
          onCancel={edit.close}
        />
      </EditDrawer>
    </AdminPage>
  );
}
