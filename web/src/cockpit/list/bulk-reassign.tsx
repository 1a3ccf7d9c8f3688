// Handing the selected tickets to another manager (`POST /tickets/reassign`), then saying which
// were handed over and which were not, and why.
import { useState } from 'react';
import { Alert, Button, Group, List, Paper, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sortByLabel } from '../../i18n/collate.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { assignableUsers, useStaffUsers } from '../shared/master-data.ts';
import { useBulkAction } from '../shared/use-bulk-action.ts';

interface ReassignResult {
  reassigned: number[];
  failed: { number: number; code: string; message: string }[];
}

interface Props {
  selected: number[];
  onDone: () => void;
}

/** The selection bar: who gets the tickets, the button, and the outcome. */
export default function BulkReassign({ selected, onDone }: Props) {
  const { t } = useTranslation();
  const users = useStaffUsers();
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const { mutation: reassign, result: done, clear } = useBulkAction<{ numbers: number[]; assigneeId: string }, ReassignResult>('/api/v1/tickets/reassign', onDone);
  const result = done ? { answer: done.answer, to: users.data?.find((u) => u.id === done.body.assigneeId)?.name ?? '' } : null;

  return (
    <div className="gardien-no-print">
      {selected.length > 0 && (
        <Paper withBorder p="sm" mb="sm" role="region" aria-label={t('list.bulk.region')}>
          <Group align="flex-end" gap="sm">
            <Text fw={600} mb={6} aria-live="polite">
              {t('list.selectedCount', { count: selected.length })}
            </Text>
            <Select
              label={t('list.bulk.assignee')}
              searchable
              value={assigneeId}
              onChange={setAssigneeId}
              data={sortByLabel(assignableUsers(users.data), (u) => u.name).map((u) => ({ value: u.id, label: u.name }))}
              w={260}
            />
            <Button
              disabled={!assigneeId}
              loading={reassign.isPending}
              onClick={() => assigneeId && reassign.mutate({ numbers: selected, assigneeId })}
            >
              {t('list.bulk.submit')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('list.bulk.clear')}
            </Button>
          </Group>
          {reassign.isError && (
            <Alert role="alert" color="red" mt="sm">
              {errorMessage(t, reassign.error)}
            </Alert>
          )}
        </Paper>
      )}
      {result && (
        <Alert
          role="status"
          color={result.answer.failed.length ? 'red' : 'blue'}
          title={t('list.bulk.resultTitle')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={clear}
          mb="sm"
          data-testid="bulk-result"
        >
          {result.answer.reassigned.length > 0 && (
            <Text size="sm">
              {t('list.bulk.reassigned', {
                count: result.answer.reassigned.length,
                numbers: result.answer.reassigned.join(', '),
                name: result.to,
              })}
            </Text>
          )}
          {result.answer.failed.length > 0 && (
            <>
              <Text size="sm">{t('list.bulk.failed', { count: result.answer.failed.length })}</Text>
              <List size="sm">
                {result.answer.failed.map((failure) => (
                  <List.Item key={failure.number}>
                    {t('list.bulk.failure', {
                      number: failure.number,
                      message: t(`errors.${failure.code}`, { defaultValue: failure.message }),
                    })}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
    </div>
  );
}
