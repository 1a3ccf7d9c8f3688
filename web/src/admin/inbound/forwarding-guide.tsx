// How to bring the agency's mail to Gardien, step by step: from Exchange / Office 365 (a mail flow
// rule or a mailbox's forwarding, and the outbound anti-spam policy that must allow it), from
// Gmail (a forwarding address, confirmed), and from anywhere else (an alias, an MX record, or the
// HTTP door). The steps are i18n lists, filled with the agency's own address.
import { Accordion, Code, List, Stack, Text } from '@mantine/core';
import { IconBrandGmail, IconBrandWindows, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { InboundSettingsAnswer } from '../../../../src/http/answers.ts';
import { SettingsSection } from '../settings/settings-section.tsx';

const GUIDES = [
  { id: 'exchange', Icon: IconBrandWindows, parts: ['rule', 'mailbox', 'antispam'] },
  { id: 'gmail', Icon: IconBrandGmail, parts: ['forward', 'workspace'] },
  { id: 'other', Icon: IconWorld, parts: ['alias', 'mx', 'http'] },
] as const;

/** Steps of one part, with the agency's values put in. */
function Steps({ path, values }: { path: string; values: Record<string, string> }) {
  const { t } = useTranslation();
  const raw = t(`${path}.steps`, { returnObjects: true, ...values }) as unknown;
  const steps = Array.isArray(raw) ? raw.map((s) => String(s).replace(/\{\{(\w+)\}\}/g, (_m, k: string) => values[k] ?? '')) : [];
  return (
    <List type="ordered" size="sm" spacing={4}>
      {steps.map((step) => (
        <List.Item key={step}>{step}</List.Item>
      ))}
    </List>
  );
}

/** The three guides, in an accordion; then how to check it works. */
export function ForwardingGuide({ settings }: { settings: InboundSettingsAnswer }) {
  const { t } = useTranslation();
  const agency = settings.addresses.find((a) => a.kind === 'agency')?.address ?? '';
  const values = { address: agency, port: String(settings.smtpPort ?? 25), endpoint: settings.endpoint, domain: settings.domain };
  const curl = `curl -X POST -H "Authorization: Bearer <secret>" -H "Content-Type: message/rfc822" --data-binary @message.eml ${settings.endpoint}`;
  return (
    <SettingsSection legend={t('admin.inbound.guide.title')} description={t('admin.inbound.guide.intro', { address: agency })}>
      <Accordion variant="separated" multiple data-testid="forwarding-guide">
        {GUIDES.map(({ id, Icon, parts }) => (
          <Accordion.Item key={id} value={id}>
            <Accordion.Control icon={<Icon size={18} stroke={1.6} aria-hidden="true" />}>{t(`admin.inbound.guide.${id}.title`)}</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="md">
                {parts.map((part) => (
                  <Stack key={part} gap={4}>
                    <Text size="sm" fw={600}>
                      {t(`admin.inbound.guide.${id}.${part}.title`)}
                    </Text>
                    <Steps path={`admin.inbound.guide.${id}.${part}`} values={values} />
                    {part === 'http' && (
                      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                        {curl}
                      </Code>
                    )}
                  </Stack>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Text size="sm">
        {t('admin.inbound.guide.check', { address: agency })}{' '}
        <Link href="/admin/inbound-messages">{t('admin.nav.inboundMessages')}</Link>
      </Text>
    </SettingsSection>
  );
}
