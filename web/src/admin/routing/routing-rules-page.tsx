// /admin/routing-rules: which requests go straight to whom (DOMAIN.md §11), tried in order.
import { ActionIcon, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ActiveBadge } from '../shared/active-badge.tsx';
import { EditButton } from '../shared/edit-button.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { ListTable } from '../shared/list-table.tsx';
import { propertyLabel, useAllCategories, useAllProperties, useAllUsers } from '../shared/option-lists.ts';
import { useAll, useRefreshKind } from '../shared/queries.ts';
import { RecordsPage } from '../shared/records-page.tsx';
import type { RoutingRuleAnswer as RoutingRule } from '../../../../src/http/answers.ts';
import { inOrder, moveChanges } from './reorder.ts';
import { useEditing } from '../shared/use-editing.ts';
import { RoutingRuleForm } from './routing-rule-form.tsx';

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
    <RecordsPage title={t('admin.routing.title')} description={t('admin.routing.intro')} newLabel={t('admin.routing.new')} edit={edit}>
      <ErrorAlert error={reorder.error} title={t('admin.routing.reorderFailed')} />
      <ListTable
        pending={rules.isPending}
        error={rules.error}
        emptyText={t('admin.routing.empty')}
        items={ordered}
        minWidth={860}
        columns={[
          { header: t('admin.routing.order'), cell: (_rule, index) => index + 1 },
          { header: t('admin.routing.name'), rowHeader: 'medium', cell: (rule) => rule.name },
          { header: t('admin.routing.property'), cell: (rule) => nameOf(properties.data, rule.propertyId, propertyLabel) },
          { header: t('admin.routing.category'), cell: (rule) => nameOf(categories.data, rule.categoryId, (c) => c.name) },
          { header: t('admin.routing.source'), cell: (rule) => (rule.source ? t(`codes.source.${rule.source}`) : t('admin.routing.any')) },
          { header: t('admin.routing.assignee'), cell: (rule) => nameOf(users.data, rule.assigneeId, (u) => u.name) },
          { header: t('admin.common.state'), cell: (rule) => <ActiveBadge active={rule.active} /> },
        ]}
        actions={(rule, index) => (
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
            <EditButton name={rule.name} onClick={() => edit.open(rule)} />
          </Group>
        )}
      />
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
    </RecordsPage>
  );
}
