// The contractors' guide (`/x?view=help`, also linked from every email they receive): what each
// step of a request asks of them, in a few plain lines.
import { useEffect } from 'react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SECTIONS = ['link', 'acknowledge', 'accept', 'refuse', 'appointment', 'checkIn', 'completion', 'invoice', 'quote', 'approval', 'message', 'privacy'] as const;

/** Whether the visitor came from their request's page (its Help button says so): then a way back is offered. */
function cameFromRequest(): boolean {
  return new URLSearchParams(window.location.search).get('from') === 'request';
}

/** The guide, one short section per step. */
export function HelpPanel() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('exchange.help.title')} – ${t('app.name')}`;
  }, [t]);
  const back = cameFromRequest();
  return (
    <Stack gap="md" mt="md">
      {back && (
        <Anchor href="/x" size="md" py="xs">
          {t('exchange.help.back')}
        </Anchor>
      )}
      <Title order={1} size="h2">
        {t('exchange.help.title')}
      </Title>
      <Text size="md">{t('exchange.help.intro')}</Text>
      {SECTIONS.map((section) => (
        <Paper key={section} component="section" withBorder radius="md" p="md" aria-labelledby={`help-${section}`}>
          <Title order={2} size="h4" id={`help-${section}`} mb={6}>
            {t(`exchange.help.sections.${section}.title`)}
          </Title>
          <Text size="md" style={{ whiteSpace: 'pre-line' }}>
            {t(`exchange.help.sections.${section}.text`)}
          </Text>
        </Paper>
      ))}
      {back && (
        <Anchor href="/x" size="md" py="xs">
          {t('exchange.help.back')}
        </Anchor>
      )}
    </Stack>
  );
}
