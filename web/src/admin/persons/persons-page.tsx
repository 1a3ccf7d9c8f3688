// /admin/persons: residents, owners and council members, page by page, with their relations.
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { EditButton } from '../shared/edit-button.tsx';
import { PagedTable } from '../shared/paged-table.tsx';
import { usePagedList } from '../shared/queries.ts';
import { RecordsPage } from '../shared/records-page.tsx';
import { SavedNotice } from '../shared/saved-notice.tsx';
import { SearchInput, useSearch } from '../shared/search-input.tsx';
import { TextLines } from '../shared/text-lines.tsx';
import type { PersonAnswer as Person } from '../../../../src/http/answers.ts';
import { useEditing } from '../shared/use-editing.ts';
import { PersonForm } from './person-form.tsx';
import { RelationsSection } from './relations-section.tsx';
import { PortalStateBadge } from '../residents/portal-state-badge.tsx';
import { PersonPortalSection } from '../residents/person-portal-section.tsx';
import type { PortalState } from '../../../../src/domain/portal/portal-codes.ts';

/** The search box, the table of persons and the drawer with a person's form and relations. */
export default function PersonsPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const list = usePagedList<Person>('persons', '/api/v1/persons', { q: search.q });
  const edit = useEditing<Person>();
  const today = new Date().toISOString().slice(0, 10);
  const current = (p: Person) => p.relations.filter((r) => r.endsOn === null || r.endsOn >= today);

  return (
    <RecordsPage title={t('admin.persons.title')} description={t('admin.persons.intro')} newLabel={t('admin.persons.new')} edit={edit}>
      <Group>
        <SearchInput value={search.text} onChange={search.setText} />
      </Group>
      <PagedTable
        list={list}
        emptyText={search.q ? t('admin.common.noMatch') : t('admin.persons.empty')}
        minWidth={900}
        columns={[
          { header: t('admin.common.name'), rowHeader: 'medium', cell: (p) => p.name },
          { header: t('admin.common.externalRef'), cell: (p) => p.externalRef ?? '—' },
          { header: t('admin.common.emails'), cell: (p) => <TextLines values={p.emails} /> },
          { header: t('admin.persons.mobiles'), cell: (p) => <TextLines values={p.phones} /> },
          {
            header: t('admin.persons.currentRelations'),
            cell: (p) => [...new Set(current(p).map((r) => t(`codes.relation.${r.kind}`, { defaultValue: r.kind })))].join(', ') || '—',
          },
          {
            header: t('admin.persons.portal'),
            cell: (p) => (
              <PortalStateBadge state={p.portalStatus as PortalState} />
            ),
          },
        ]}
        actions={(p) => <EditButton name={p.name} onClick={() => edit.open(p)} />}
      />
      <EditDrawer opened={edit.opened} title={edit.isNew ? t('admin.persons.new') : (edit.record?.name ?? '')} onClose={edit.close}>
        <SavedNotice message={edit.notice} />
        <PersonForm
          key={edit.record?.id ?? 'new'}
          person={edit.record}
          onSaved={(p) => (edit.isNew ? edit.reopen(p, t('admin.persons.createdAddRelations', { name: p.name })) : edit.saved(t('admin.common.savedNamed', { name: p.name })))}
          onCancel={edit.close}
        />
        {edit.record && <PersonPortalSection person={edit.record} />}
        {edit.record && <RelationsSection person={edit.record} onChange={(p) => edit.reopen(p, '')} />}
      </EditDrawer>
    </RecordsPage>
  );
}
