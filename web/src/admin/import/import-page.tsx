// /admin/import: master data from the accounting software's CSV exports. Choose the kind and
// the file, see what a dry run would change (or every bad line), then import.
import { useState } from 'react';
import { Alert, Button, Code, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AdminPage } from '../shared/admin-page.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { useRefreshKind } from '../shared/queries.ts';
import { CsvFilePicker } from './csv-file-picker.tsx';
import { ImportErrors } from './import-errors.tsx';
import { ImportReport } from './import-report.tsx';
import { importErrorsOf, MAX_IMPORT_BYTES, postCsv } from './post-csv.ts';

/** The kinds in the order a first import loads them (docs/import.md). */
const KINDS = ['users', 'properties', 'units', 'persons', 'relations', 'contractors'] as const;
/** The lists each kind's import changes. */
const REFRESHES: Record<string, string[]> = { relations: ['persons'], units: ['units', 'properties'] };

/** Kind, file, dry run, import. */
export default function ImportPage() {
  const { t } = useTranslation();
  const refresh = useRefreshKind();
  const [kind, setKind] = useState<string>('contractors');
  const [file, setFile] = useState<File | null>(null);
  const dryRun = useMutation({ mutationFn: (input: { kind: string; file: File }) => postCsv(input.kind, input.file, true) });
  const run = useMutation({
    mutationFn: (input: { kind: string; file: File }) => postCsv(input.kind, input.file, false),
    onSuccess: () => Promise.all((REFRESHES[kind] ?? [kind]).map((k) => refresh(k))),
  });
  const tooLarge = file !== null && file.size > MAX_IMPORT_BYTES;
  const last = (run.data ?? run.error) ? run : dryRun;
  const errors = importErrorsOf(last.error);
  const checked = dryRun.isSuccess && !run.isSuccess;

  const reset = () => {
    dryRun.reset();
    run.reset();
  };

  return (
    <AdminPage title={t('admin.import.title')} description={t('admin.import.intro')}>
      <Paper withBorder p="md">
        <Stack gap="md">
          <NativeSelect
            label={t('admin.import.kind')}
            description={t('admin.import.kindHelp')}
            value={kind}
            onChange={(event) => {
              setKind(event.currentTarget.value);
              reset();
            }}
            data={KINDS.map((code) => ({ value: code, label: t(`admin.import.kinds.${code}`) }))}
            w={360}
          />
          <Text size="sm">
            {t('admin.import.columnsFor')} <Code>{t(`admin.import.columns.${kind}`)}</Code>
          </Text>
          {kind === 'contractors' && <Text size="sm">{t('admin.import.tradesHint')}</Text>}
          <Text size="xs" c="dimmed">
            {t('admin.import.format')}
          </Text>
          <CsvFilePicker
            file={file}
            onChange={(next) => {
              setFile(next);
              reset();
            }}
          />
          {tooLarge && (
            <Alert role="alert" color="red">
              {t('admin.import.tooLarge')}
            </Alert>
          )}
          <Group gap="sm">
            <Button
              variant={checked ? 'default' : 'filled'}
              disabled={!file || tooLarge}
              loading={dryRun.isPending}
              onClick={() => file && dryRun.mutate({ kind, file }, { onSuccess: () => run.reset() })}
            >
              {t('admin.import.dryRun')}
            </Button>
            <Button disabled={!checked || !file} loading={run.isPending} onClick={() => file && run.mutate({ kind, file })}>
              {t('admin.import.run')}
            </Button>
          </Group>
          {!checked && !run.isSuccess && (
            <Text size="sm" c="dimmed">
              {t('admin.import.dryRunFirst')}
            </Text>
          )}
        </Stack>
      </Paper>
      {errors.length > 0 ? <ImportErrors errors={errors} /> : <ErrorAlert error={last.error} title={t('admin.import.failed')} />}
      {last.data && <ImportReport report={last.data} />}
    </AdminPage>
  );
}
