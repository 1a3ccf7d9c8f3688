// "Regrouper dans un incident…" on the list's selection (`POST /tickets/merge-into-incident`):
// the manager picks which selected ticket is the incident; the others are merged into it.
import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { ticketKeys } from '../shared/ticket-queries.ts';

interface MergeResult {
  merged: number[];
  failed: { number: number; code: string; message: string }[];
}

export default function BulkMerge({ selected, onDone }: { selected: number[]; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [incident, setIncident] = useState<string | null>(null);
  const [result, setResult] = useState<MergeResult | null>(null);
  const merge = useMutation({
    mutationFn: (body: { numbers: number[]; incidentNumber: number }) => api.post<MergeResult>('/api/v1/tickets/merge-into-incident', body),
    onSuccess: (answer) => {
      setResult(answer);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      onDone();
    },
  });
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
        <Alert role="status" color={result.failed.length ? 'red' : 'blue'} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setResult(null)} mb="sm">
          {result.merged.length > 0 && <Text size="sm">{t('incident.bulk.merged', { count: result.merged.length, numbers: result.merged.join(', ') })}</Text>}
          {result.failed.map((f) => (
            <Text size="sm" key={f.number}>{t('incident.bulk.failure', { number: f.number, message: t(`errors.${f.code}`, { defaultValue: f.message }) })}</Text>
          ))}
        </Alert>
      )}
    </div>
  );
}
