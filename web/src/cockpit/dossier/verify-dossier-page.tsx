// "Vérifier un dossier": a closing dossier (the documents zip) dropped or chosen, sent to
// POST /api/v1/dossiers/verify, and its verdict in words with an icon, each finding listed.
import { useRef, useState, type DragEvent } from 'react';
import { Alert, Button, FileButton, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileZip, IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api.ts';
import { useFormat } from '../../i18n/format.ts';
import type { DossierVerdictAnswer } from '../../../../src/http/answers.ts';

/** The page. */
export default function VerifyDossierPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [over, setOver] = useState(false);
  const [name, setName] = useState<string | null>(null);
  const resetInput = useRef<() => void>(null);
  const check = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.post<DossierVerdictAnswer>('/api/v1/dossiers/verify', form);
    },
    onMutate: (file) => setName(file.name),
    onSettled: () => resetInput.current?.(),
  });
  const send = (file: File | null | undefined) => file && check.mutate(file);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    send(event.dataTransfer.files[0]);
  };
  const verdict = check.data;
  const intact = verdict?.verdict === 'intact';
  const error = check.error;

  return (
    <Stack gap="md" maw={760}>
      <div>
        <Title order={2} id="page-title">
          {t('dossier.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dossier.intro')}
        </Text>
      </div>
      <Paper
        withBorder
        p="lg"
        radius="md"
        data-testid="dossier-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{ borderStyle: 'dashed', borderWidth: 2, background: over ? 'var(--mantine-color-blue-0)' : undefined }}
      >
        <Group gap="md" wrap="nowrap">
          <IconFileZip size={32} stroke={1.5} aria-hidden="true" />
          <Stack gap={4} style={{ flex: 1 }}>
            <Text size="sm">{t('dossier.drop')}</Text>
            <Group gap="sm">
              <FileButton resetRef={resetInput} accept=".zip,application/zip" onChange={send} inputProps={{ 'aria-label': t('dossier.choose') }} disabled={check.isPending}>
                {(props) => (
                  <Button variant="default" size="compact-sm" loading={check.isPending} {...props}>
                    {t('dossier.choose')}
                  </Button>
                )}
              </FileButton>
              {name && (
                <Text size="sm" c="dimmed">
                  {name}
                </Text>
              )}
            </Group>
          </Stack>
        </Group>
      </Paper>

      {error && (
        <Alert role="alert" color="red" variant="light" title={t('dossier.notChecked')} icon={<IconAlertTriangle aria-hidden="true" />}>
          {error instanceof ApiError ? t(`dossier.errors.${error.code}`, { defaultValue: error.message || t('dossier.errors.unknown') }) : t('dossier.errors.unknown')}
        </Alert>
      )}

      {verdict && !check.isPending && (
        <Paper withBorder p="md" radius="md" data-testid="dossier-verdict" role="status">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon color={intact ? 'green.8' : 'red.8'} size="lg" radius="xl" aria-hidden="true">
              {intact ? <IconShieldCheck size={20} /> : <IconAlertTriangle size={20} />}
            </ThemeIcon>
            <Stack gap={6} style={{ flex: 1 }}>
              <Text fw={600}>{intact ? t('dossier.intact') : t('dossier.altered', { count: verdict.findings.length })}</Text>
              {verdict.ticket && (
                <Text size="sm">
                  {t('dossier.ticket', { number: verdict.ticket.number, agency: verdict.ticket.agency, subject: verdict.ticket.subject })}
                  {verdict.createdAt && ` ${t('dossier.madeAt', { date: format.dateTime(verdict.createdAt) })}`}
                </Text>
              )}
              {intact && <Text size="sm">{t('dossier.intactDetail', { count: verdict.files + 1 })}</Text>}
              {verdict.findings.length > 0 && (
                <List size="sm" spacing={4} data-testid="dossier-findings">
                  {verdict.findings.map((finding, i) => (
                    <List.Item key={`${finding.code}-${finding.path ?? ''}-${i}`}>{t(`dossier.findings.${finding.code}`, { path: finding.path ?? '' })}</List.Item>
                  ))}
                </List>
              )}
              {verdict.keyFingerprint && (
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {t('dossier.key', { fingerprint: verdict.keyFingerprint })}
                </Text>
              )}
            </Stack>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
