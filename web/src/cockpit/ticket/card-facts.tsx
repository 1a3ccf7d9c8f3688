// The lines of a party's card: one fact per line behind its icon (the label read out, not
// shown), long values cut with an ellipsis and whole on hover, emails and phones as links. No
// line is ever wider than its card.
import type { ComponentType, ReactNode } from 'react';
import { Anchor, Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconMail, IconPhone, type IconProps } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface FactProps {
  icon: ComponentType<IconProps>;
  label: string;
  children: ReactNode;
  testId?: string;
}

/** One fact; nothing when its value is empty. */
export function CardFact({ icon: Icon, label, children, testId }: FactProps) {
  const { t } = useTranslation();
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start" data-testid={testId} style={{ minWidth: 0 }}>
      <Box c="dimmed" style={{ flexShrink: 0, lineHeight: 0, paddingTop: 2 }} title={label}>
        <Icon size={16} stroke={1.6} aria-hidden="true" />
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }} fz="sm">
        <VisuallyHidden>{`${t('common.labelled', { label })} `}</VisuallyHidden>
        {children}
      </Box>
    </Group>
  );
}

/** A value on one line, cut with an ellipsis, whole in its tooltip. */
export function OneLine({ children, href }: { children: string; href?: string }) {
  return href ? (
    <Anchor href={href} size="sm" truncate="end" title={children} display="block" c="inherit" underline="hover">
      {children}
    </Anchor>
  ) : (
    <Text size="sm" truncate="end" title={children}>
      {children}
    </Text>
  );
}

/** Emails and phones, one per line, each a link. */
export function ContactFacts({ emails, phones }: { emails: readonly string[]; phones: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <CardFact icon={IconMail} label={t('fields.emails')}>
        {emails.length > 0 && (
          <Stack gap={0}>
            {emails.map((email) => (
              <OneLine key={email} href={`mailto:${email}`}>
                {email}
              </OneLine>
            ))}
          </Stack>
        )}
      </CardFact>
      <CardFact icon={IconPhone} label={t('fields.phones')}>
        {phones.length > 0 && (
          <Stack gap={0}>
            {phones.map((phone) => (
              <OneLine key={phone} href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>
                {phone}
              </OneLine>
            ))}
          </Stack>
        )}
      </CardFact>
    </>
  );
}
