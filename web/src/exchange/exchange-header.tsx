// The top of every exchange page: the agency and the ticket number, the help, the language.
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, languages } from '../i18n/index.ts';
import { chooseLanguage } from './exchange-language.ts';

/** Two buttons, FR and EN, each named in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <Group gap={2} role="group" aria-label={t('exchange.header.language')} wrap="nowrap">
      {languages.map((language) => (
        <Button
          key={language.code}
          size="sm"
          px={8}
          variant={language.code === active ? 'light' : 'subtle'}
          aria-pressed={language.code === active}
          // The visible code starts the name, for voice control; the full name follows.
          aria-label={`${language.code.toUpperCase()} (${language.name})`}
          lang={language.code}
          onClick={() => chooseLanguage(language.code)}
        >
          {language.code.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}

interface Props {
  agency?: string;
  ticketNumber?: number;
  /** Hidden on the help page itself. */
  withHelp?: boolean;
}

/** Agency and ticket on the left, help and language on the right. */
export function ExchangeHeader({ agency, ticketNumber, withHelp = true }: Props) {
  const { t } = useTranslation();
  return (
    <Paper component="header" px="md" py="sm" radius={0} withBorder style={{ borderInline: 0, borderTop: 0 }}>
      <Group justify="space-between" align="center" wrap="nowrap" gap="xs" maw={720} mx="auto">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={700} size="md" style={{ overflowWrap: 'anywhere' }} data-testid="exchange-agency">
            {agency ?? t('app.name')}
          </Text>
          {ticketNumber !== undefined && (
            <Text size="sm" c="dimmed" data-testid="exchange-ticket-number">
              {t('exchange.header.ticket', { number: ticketNumber })}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <LanguageSwitch />
          {withHelp && (
            <Button component="a" href="/x?view=help&from=request" size="sm" variant="outline">
              {t('exchange.header.help')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
