// Handing the ticket to another staff member.
import { useState } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assignableUsers, useStaffUsers } from '../shared/master-data.ts';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';
import { sortByLabel } from '../../i18n/collate.ts';

/** The new assignee among the agency's active staff. */
export function ReassignForm({ action, ticket, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const users = useStaffUsers();
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const data = sortByLabel(assignableUsers(users.data), (u) => u.name)
    .filter((u) => u.id !== ticket.assignee?.id)
    .map((u) => ({ value: u.id, label: u.name }));

  return (
    <ActionFormFrame
      pending={pending}
      onSubmit={() => (assigneeId ? onSubmit({ assigneeId }) : setMissing(true))}
      onCancel={onCancel}
      submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}
    >
      <Select
        label={t('fields.assignee')}
        required
        searchable
        value={assigneeId}
        onChange={setAssigneeId}
        data={data}
        error={errors.assigneeId ?? (missing && !assigneeId ? t('actions.common.required') : undefined)}
      />
    </ActionFormFrame>
  );
}
