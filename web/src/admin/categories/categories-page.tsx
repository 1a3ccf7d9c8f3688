// /admin/categories: the categories of requests and the structured fields each asks for.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '../shared/active-badge.tsx';
import { EditButton } from '../shared/edit-button.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ListTable } from '../shared/list-table.tsx';
import { useAll } from '../shared/queries.ts';
import { RecordsPage } from '../shared/records-page.tsx';
import type { CategoryAnswer as Category } from '../../../../src/http/answers.ts';
import { useEditing } from '../shared/use-editing.ts';
import { CategoryForm } from './category-form.tsx';
import { sortByLabel } from '../../i18n/collate.ts';

/** The table of categories and the drawer that creates or changes one. */
export default function CategoriesPage() {
  const { t, i18n } = useTranslation();
  const categories = useAll<Category>('categories', '/api/v1/categories');
  const edit = useEditing<Category>();
  const items = sortByLabel(categories.data ?? [], (category) => category.name);
  const french = !(i18n.resolvedLanguage ?? 'fr').startsWith('en');

  return (
    <RecordsPage title={t('admin.categories.title')} description={t('admin.categories.intro')} newLabel={t('admin.categories.new')} edit={edit}>
      <ListTable
        pending={categories.isPending}
        error={categories.error}
        emptyText={t('admin.categories.empty')}
        items={items}
        minWidth={640}
        columns={[
          { header: t('admin.categories.name'), rowHeader: 'medium', cell: (category) => category.name },
          {
            header: t('admin.categories.fields'),
            cell: (category) =>
              category.fields.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('admin.categories.noFields')}
                </Text>
              ) : (
                <Text size="sm">
                  {category.fields
                    .map((f) => `${french ? f.label.fr : f.label.en} (${t(`admin.categories.types.${f.type}`, { defaultValue: f.type })}${f.required ? `, ${t('admin.categories.requiredShort')}` : ''})`)
                    .join(' · ')}
                </Text>
              ),
          },
          { header: t('admin.common.state'), cell: (category) => <ActiveBadge active={category.active} /> },
        ]}
        actions={(category) => <EditButton name={category.name} onClick={() => edit.open(category)} />}
      />
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
    </RecordsPage>
  );
}
