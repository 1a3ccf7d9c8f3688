// The agency's public web form (/f/{slug}): its address, and the code that puts it on the
// agency's own site (the snippet, or a plain iframe), each with a button to copy it. Read-only:
// the form offers the agency's categories and buildings as they are set up elsewhere.
import { Anchor, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { SettingsSection } from './settings-section.tsx';

interface WebformLinks {
  pageUrl: string;
  scriptUrl: string;
  snippet: string;
  iframe: string;
}

function Copyable({ label, help, value }: { label: string; help: string; value: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={500}>{label}</Text>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="xs" variant={copied ? 'light' : 'default'} onClick={copy} aria-label={`${t('admin.settings.webform.copy')} (${label})`}>
              {copied ? t('admin.settings.webform.copied') : t('admin.settings.webform.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed">
        {help}
      </Text>
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value}
      </Code>
    </Stack>
  );
}

export function WebformSection() {
  const { t } = useTranslation();
  const links = useQuery({ queryKey: ['admin', 'webform'], queryFn: () => api.get<WebformLinks>('/api/v1/settings/webform') });
  return (
    <SettingsSection legend={t('admin.settings.webform.legend')} description={t('admin.settings.webform.help')}>
      {links.error && <ErrorAlert error={links.error} title={t('admin.settings.webform.notLoaded')} />}
      {links.data && (
        <>
          <Stack gap={4}>
            <Text fw={500}>{t('admin.settings.webform.page')}</Text>
            <Group gap="sm">
              <Anchor href={links.data.pageUrl} target="_blank" rel="noopener" data-testid="webform-page-url" style={{ overflowWrap: 'anywhere' }}>
                {links.data.pageUrl}
              </Anchor>
            </Group>
          </Stack>
          <Copyable label={t('admin.settings.webform.snippet')} help={t('admin.settings.webform.snippetHelp')} value={links.data.snippet} />
          <Copyable label={t('admin.settings.webform.iframe')} help={t('admin.settings.webform.iframeHelp')} value={links.data.iframe} />
        </>
      )}
    </SettingsSection>
  );
}
