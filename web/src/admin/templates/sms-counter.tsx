// The honest SMS counter (DOMAIN.md §8) of the text as typed: GSM-7 or UCS-2, the characters and
// parts it costs, what forces UCS-2, and a button to replace those characters. Counted in the
// browser with the server's own code, at every keystroke.
import { useMemo } from 'react';
import { Badge, Button, Group, List, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countSms, suggestGsmReplacements } from '../../../../src/domain/messages/sms-count.ts';
import { WarningAlert } from '../shared/warning-alert.tsx';
import { EncodingBadge } from './encoding-badge.tsx';

interface Props {
  text: string;
  onReplace: (text: string) => void;
}

const EXTENSION = /[€[\]{}\\^~|\f]/;

/** Shows a character so that a space or a line break can be seen. */
function visible(char: string): string {
  if (char === '\u00a0' || char === '\u202f' || char === '\u2009') return '⍽';
  return char;
}

/** The count, the UCS-2 warning with its culprits, and the replace button. */
export function SmsCounter({ text, onReplace }: Props) {
  const { t } = useTranslation();
  const count = useMemo(() => countSms(text), [text]);
  const suggestion = useMemo(() => suggestGsmReplacements(text), [text]);
  const after = useMemo(() => countSms(suggestion.text), [suggestion.text]);
  const ucs2 = count.encoding === 'UCS-2';
  const unreplaceable = after.nonGsmCharacters;

  return (
    <Paper withBorder p="sm" data-testid="sms-counter" aria-labelledby="sms-counter-title">
      <Stack gap={6}>
        <Group gap="sm" justify="space-between">
          <Text fw={600} id="sms-counter-title">
            {t('admin.templates.sms.title')}
          </Text>
          <EncodingBadge encoding={count.encoding} testId="sms-encoding" />
        </Group>
        <Text size="sm" data-testid="sms-summary">
          {t('admin.templates.sms.characters', { count: count.units })} ·{' '}
          <Text span fw={700} data-testid="sms-parts">
            {t('admin.templates.sms.parts', { count: count.parts })}
          </Text>{' '}
          · {t('admin.templates.sms.remaining', { count: count.remainingInPart })}
        </Text>
        <Text size="xs" c="dimmed">
          {ucs2 ? t('admin.templates.sms.ucs2Sizes') : t('admin.templates.sms.gsm7Sizes')}
          {!ucs2 && EXTENSION.test(text) ? ` ${t('admin.templates.sms.extension')}` : ''}
        </Text>
        <VisuallyHidden aria-live="polite">
          {`${ucs2 ? t('admin.templates.sms.ucs2') : t('admin.templates.sms.gsm7')}, ${t('admin.templates.sms.parts', { count: count.parts })}`}
        </VisuallyHidden>
        {ucs2 && (
          <WarningAlert title={t('admin.templates.sms.whyUcs2')} data-testid="sms-ucs2-warning">
            <Stack gap={6}>
              <Text size="sm">
                {t('admin.templates.sms.culprits')}{' '}
                {count.nonGsmCharacters.map((char) => (
                  <Badge key={char} variant="outline" color="dark" mr={4} tt="none" aria-label={`U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} ${char}`}>
                    {visible(char)}
                  </Badge>
                ))}
              </Text>
              {suggestion.replacements.length > 0 && (
                <>
                  <List size="sm" aria-label={t('admin.templates.sms.replacements')}>
                    {suggestion.replacements.map((r) => (
                      <List.Item key={`${r.from}-${r.to}`}>
                        {t('admin.templates.sms.replacement', { from: visible(r.from), to: r.to, count: r.count })}
                      </List.Item>
                    ))}
                  </List>
                  <Group gap="sm">
                    <Button size="compact-sm" onClick={() => onReplace(suggestion.text)}>
                      {t('admin.templates.sms.replace')}
                    </Button>
                    <Text size="sm">
                      {t('admin.templates.sms.after', {
                        encoding: after.encoding === 'UCS-2' ? t('admin.templates.sms.ucs2') : t('admin.templates.sms.gsm7'),
                        parts: t('admin.templates.sms.parts', { count: after.parts }),
                      })}
                    </Text>
                  </Group>
                </>
              )}
              {unreplaceable.length > 0 && (
                <Text size="sm">{t('admin.templates.sms.unreplaceable', { characters: unreplaceable.join(' ') })}</Text>
              )}
            </Stack>
          </WarningAlert>
        )}
        <Text size="xs" c="dimmed">
          {t('admin.templates.sms.bodyOnly')}
        </Text>
      </Stack>
    </Paper>
  );
}
