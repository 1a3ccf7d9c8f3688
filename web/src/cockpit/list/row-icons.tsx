// The list's small icons: the status's kind, the channel the request came by, unread answers.
// Each says in words what it shows (title on hover, hidden text for screen readers).
import type { ComponentType } from 'react';
import {
  IconAlertCircle, IconArrowsSplit, IconBrowser, IconCircleCheck, IconClipboardCheck, IconClock, IconDeviceMobileMessage,
  IconHome, IconMail, IconMessageCircle, IconPhone, IconUser, type IconProps,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../shared/labels.ts';

const ICON = { size: 16, stroke: 1.6 } as const;

const STATUS_ICONS: Record<string, ComponentType<IconProps>> = {
  action: IconAlertCircle,
  waiting: IconClock,
  dispatches: IconArrowsSplit,
  closed: IconCircleCheck,
};

const SOURCE_ICONS: Record<string, ComponentType<IconProps>> = {
  portal: IconHome,
  email: IconMail,
  phone: IconPhone,
  webform: IconBrowser,
  sms: IconDeviceMobileMessage,
  inspection: IconClipboardCheck,
  staff: IconUser,
};

/** Who must act, as an icon beside the status (the status says it in words already). */
export function StatusIcon({ kind }: { kind: string }) {
  const Icon = STATUS_ICONS[kind] ?? IconClock;
  return <Icon {...ICON} className="gardien-status-icon" data-status-icon={kind} aria-hidden="true" />;
}

/** The request's channel. */
export function SourceIcon({ source }: { source: string }) {
  const labels = useLabels();
  const { t } = useTranslation();
  const Icon = SOURCE_ICONS[source] ?? IconMessageCircle;
  const label = t('list.sourceIcon', { source: labels.source(source) });
  return (
    <span className="gardien-source" title={label} data-source={source}>
      <Icon {...ICON} aria-hidden="true" />
      <span className="gardien-visually-hidden">{label}</span>
    </span>
  );
}

/** Unread answers: an envelope and their count. */
export function UnreadBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <span className="gardien-unread" data-unread={count}>
      <IconMessageCircle size={13} stroke={2} aria-hidden="true" />
      {t('list.unread', { count })}
    </span>
  );
}
