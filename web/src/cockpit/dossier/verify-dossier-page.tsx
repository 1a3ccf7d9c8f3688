// "Vérifier un dossier": a closing dossier (the documents zip) dropped or chosen, sent to
// POST /api/v1/dossiers/verify, and its verdict in words with an icon, each finding listed.
import { useState } from 'react';
import { Alert, Group, List, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api.ts';
import { useFormat } from '../../i18n/format.ts';
import { FileDrop } from '../../ui/file-drop.tsx';
import type { DossierVerdictAnswer } from '../../../../src/http/answers.ts';

/** The page. */
export default function VerifyDossierPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [files, setFiles] = useState<File[]>([]);
  const check = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.post<DossierVerdictAnswer>('/api/v1/dossiers/verify', form);
    },
  });
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
      <FileDrop
        label={t('dossier.choose')}
        description={t('dossier.drop')}
        multiple={false}
        accept=".zip,application/zip"
        files={files}
        onChange={(chosen) => {
          setFiles(chosen);
          if (chosen[0]) check.mutate(chosen[0]);
          else check.reset();
        }}
      />
      {check.isPending && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('dossier.checking')}</Text>
        </Group>
      )}

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
