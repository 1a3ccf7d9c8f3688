// One channel and language of a template in the list: the link to edit it, and whether the
// agency changed it.
import { Anchor, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TemplateVariantAnswer as TemplateVariant } from '../../../../src/http/answers.ts';
import { templateHref } from './template-address.ts';
import { StatusBadge } from '../shared/status-badge.tsx';

interface Props {
  templateKey: string;
  name: string;
  variant: TemplateVariant | undefined;
}

/** "Edit" with an explicit accessible name, and a "customised" badge; a dash if none. */
export function VariantCell({ templateKey, name, variant }: Props) {
  const { t } = useTranslation();
  if (!variant) {
    return (
      <Text c="dimmed">
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{t('admin.templates.noVariant')}</VisuallyHidden>
      </Text>
    );
  }
  const channel = t(`codes.channel.${variant.channel}`);
  const language = t(`admin.languages.${variant.language}`);
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor
        component={Link}
        href={templateHref({ key: templateKey, channel: variant.channel === 'sms' ? 'sms' : 'email', language: variant.language })}
        aria-label={t('admin.templates.editVariant', { name, channel, language })}
      >
        {t('admin.templates.edit')}
      </Anchor>
      {variant.customised && (
        <StatusBadge tone="info" size="sm">
          {t('admin.templates.customised')}
        </StatusBadge>
      )}
    </Group>
  );
}
