// A value to paste elsewhere (an address, a secret, a URL): shown in monospace with a copy button
// that says it copied.
import { ActionIcon, Code, CopyButton, Group, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** What the button copies. */
  value: string;
  /** What is shown (the value by default; a masked secret shows dots). */
  shown?: string;
  /** The button's accessible name ("Copier l'adresse …"). */
  copyLabel: string;
  'data-testid'?: string;
}

/** The value and its copy button. */
export function CopyValue({ value, shown, copyLabel, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" miw={0}>
      <Code data-testid={testId} style={{ wordBreak: 'break-all' }}>
        {shown ?? value}
      </Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <>
            <Tooltip label={copied ? t('admin.inbound.copied') : copyLabel} withArrow>
              <ActionIcon variant="subtle" color={copied ? 'teal.9' : 'gray.7'} aria-label={copyLabel} onClick={copy}>
                {copied ? <IconCheck size={16} stroke={1.6} aria-hidden="true" /> : <IconCopy size={16} stroke={1.6} aria-hidden="true" />}
              </ActionIcon>
            </Tooltip>
            <VisuallyHidden role="status">{copied ? t('admin.inbound.copied') : ''}</VisuallyHidden>
          </>
        )}
      </CopyButton>
    </Group>
  );
}
