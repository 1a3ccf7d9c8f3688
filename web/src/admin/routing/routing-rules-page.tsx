// /admin/routing-rules: which requests go straight to whom (DOMAIN.md §11), tried in order.
import { ActionIcon, Button, Group, Table, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { ListState } from '../shared/list-state.tsx';
import { propertyLabel, useAllCategories, useAllProperties, useAllUsers } from '../shared/option-lists.ts';
import { useAll, useRefreshKind } from '../shared/queries.ts';
import type { RoutingRule } from '../shared/types.ts';
import { inOrder, moveChanges } from './reorder.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import { useEditing } from '../shared/use-editing.ts';
import { RoutingRuleForm } from './routing-rule-form.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

/** The ordered table of rules, with up/down, and the drawer that creates or changes one. */
export default function RoutingRulesPage() {
  const { t } = useTranslation();
  const rules = useAll<RoutingRule>('routing-rules', '/api/v1/routing-rules');
  const properties = useAllProperties();
  const categories = useAllCategories();
  const users = useAllUsers();
  const refresh = useRefreshKind();
  const edit = useEditing<RoutingRule>();
  const ordered = inOrder(rules.data ?? []);
  const reorder = useMutation({
    mutationFn: async (changes: { id: string; position: number }[]) => {
      for (const change of changes) await api.patch(`/api/v1/routing-rules/${change.id}`, { position: change.position });
    },
    onSettled: () => refresh('routing-rules'),
  });

  const nameOf = <T extends { id: string }>(items: T[] | undefined, id: string | null, label: (item: T) => string) => {
    if (!id) return t('admin.routing.any');
    const item = items?.find((i) => i.id === id);
    return item ? label(item) : '…';
  };
  const last = ordered[ordered.length - 1];

  return (
    <AdminPage
      title={t('admin.routing.title')}
      description={t('admin.routing.intro')}
      actions={<Button onClick={() => edit.open('new')}>{t('admin.routing.new')}</Button>}
    >
      <SavedNotice message={edit.notice} />
      <ErrorAlert error={reorder.error} title={t('admin.routing.reorderFailed')} />
      <ListState pending={rules.isPending} error={rules.error} empty={ordered.length === 0} emptyText={t('admin.routing.empty')} />
      {ordered.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.routing.order')}</Table.Th>
                <Table.Th scope="col">{t('admin.routing.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.routing.property')}</Table.Th>
                <Table.Th scope="col">{t('admin.routing.category')}</Table.Th>
                <Table.Th scope="col">{t('admin.routing.source')}</Table.Th>
                <Table.Th scope="col">{t('admin.routing.assignee')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.state')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ordered.map((rule, index) => (
                <Table.Tr key={rule.id}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {rule.name}
                  </Table.Th>
                  <Table.Td>{nameOf(properties.data, rule.propertyId, propertyLabel)}</Table.Td>
                  <Table.Td>{nameOf(categories.data, rule.categoryId, (c) => c.name)}</Table.Td>
                  <Table.Td>{rule.source ? t(`codes.source.${rule.source}`) : t('admin.routing.any')}</Table.Td>
                  <Table.Td>{nameOf(users.data, rule.assigneeId, (u) => u.name)}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={rule.active ? 'ok' : 'neutral'}>
                      {rule.active ? t('admin.common.active') : t('admin.common.inactive')}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="default"
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => reorder.mutate(moveChanges(ordered, index, -1))}
                        aria-label={t('admin.common.moveUp', { item: rule.name })}
                      >
                        <span aria-hidden="true">↑</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        disabled={index === ordered.length - 1 || reorder.isPending}
                        onClick={() => reorder.mutate(moveChanges(ordered, index, 1))}
                        aria-label={t('admin.common.moveDown', { item: rule.name })}
                      >
                        <span aria-hidden="true">↓</span>
                      </ActionIcon>
                      <Button size="compact-sm" variant="default" onClick={() => edit.open(rule)} aria-label={t('admin.common.editNamed', { name: rule.name })}>
                        {t('common.modify')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <EditDrawer
        opened={edit.opened}
        title={edit.isNew ? t('admin.routing.new') : t('admin.routing.edit', { name: edit.record?.name ?? '' })}
        onClose={edit.close}
      >
        <RoutingRuleForm
          rule={edit.record}
          nextPosition={(last?.position ?? 0) + 10}
          onSaved={(rule) => edit.saved(t('admin.common.savedNamed', { name: rule.name }))}
          onCancel={edit.close}
        />
      </EditDrawer>
    </AdminPage>
  );
}
