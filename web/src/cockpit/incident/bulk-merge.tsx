// "Regrouper dans un incident…" on the list's selection (`POST /tickets/merge-into-incident`):
// the manager picks which selected ticket is the incident; the others are merged into it.
import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/error-message.ts';
import { useBulkAction } from '../shared/use-bulk-action.ts';

interface MergeResult {
  merged: number[];
  failed: { number: number; code: string; message: string }[];
}

export default function BulkMerge({ selected, onDone }: { selected: number[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [incident, setIncident] = useState<string | null>(null);
  const { mutation: merge, result: done, clear } = useBulkAction<{ numbers: number[]; incidentNumber: number }, MergeResult>('/api/v1/tickets/merge-into-incident', onDone);
  const result = done?.answer;
  return (
    <div className="gardien-no-print">
      {selected.length > 1 && (
        <Paper withBorder p="sm" mb="sm" role="region" aria-label={t('incident.bulk.region')}>
          <Group align="flex-end" gap="sm">
            <Select
              label={t('incident.bulk.incident')} w={260} value={incident} onChange={setIncident}
              data={[...selected].sort((a, b) => a - b).map((n) => ({ value: String(n), label: t('incident.numbered', { number: n }) }))}
            />
            <Button disabled={!incident} loading={merge.isPending} onClick={() => incident && merge.mutate({ numbers: selected, incidentNumber: Number(incident) })}>
              {t('incident.bulk.submit')}
            </Button>
          </Group>
          {merge.isError && <Alert role="alert" color="red" mt="sm">{errorMessage(t, merge.error)}</Alert>}
        </Paper>
      )}
      {result && (
        <Alert role="status" color={result.failed.length ? 'red' : 'blue'} withCloseButton closeButtonLabel={t('common.close')} onClose={clear} mb="sm">
          {result.merged.length > 0 && <Text size="sm">{t('incident.bulk.merged', { count: result.merged.length, numbers: result.merged.join(', ') })}</Text>}
          {result.failed.map((f) => (
            <Text size="sm" key={f.number}>{t('incident.bulk.failure', { number: f.number, message: t(`errors.${f.code}`, { defaultValue: f.message }) })}</Text>
          ))}
        </Alert>
      )}
    </div>
  );
}
