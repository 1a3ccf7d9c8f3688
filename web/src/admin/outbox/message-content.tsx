// A message as its recipient got it: an email's HTML (in a sandboxed frame: no script, no
// request) and text, or an SMS with its honest count.
import { Code, Group, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countSms } from '../../../../src/domain/messages/sms-count.ts';
import type { OutboxMessageAnswer as OutboxMessage } from '../../../../src/http/answers.ts';
import { EncodingBadge } from '../templates/encoding-badge.tsx';

/** Tabs HTML / text for an email; the text and count for an SMS. */
export function MessageContent({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  if (message.channel === 'sms') {
    const count = countSms(message.text);
    return (
      <div>
        <Code block data-testid="outbox-sms-text">
          {message.text}
        </Code>
        <Group gap="xs" mt={6}>
          <EncodingBadge encoding={count.encoding} />
          <Text size="sm">
            {t('admin.templates.sms.characters', { count: count.units })} · {t('admin.templates.sms.parts', { count: count.parts })}
          </Text>
        </Group>
      </div>
    );
  }
  return (
    <Tabs defaultValue={message.html ? 'html' : 'text'} keepMounted={false}>
      <Tabs.List>
        {message.html && <Tabs.Tab value="html">{t('admin.templates.preview.html')}</Tabs.Tab>}
        <Tabs.Tab value="text">{t('admin.templates.preview.text')}</Tabs.Tab>
      </Tabs.List>
      {message.html && (
        <Tabs.Panel value="html" pt="xs">
          <iframe
            title={t('admin.outbox.htmlFrame', { subject: message.subject ?? '' })}
            sandbox=""
            srcDoc={message.html}
            data-testid="outbox-html"
            style={{ width: '100%', height: 460, border: '1px solid var(--mantine-color-gray-4)', background: 'white' }}
          />
        </Tabs.Panel>
      )}
      <Tabs.Panel value="text" pt="xs">
        <Code block>{message.text}</Code>
      </Tabs.Panel>
    </Tabs>
  );
}
