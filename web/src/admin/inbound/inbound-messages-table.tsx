// The received messages, newest first, one dense row each: when, by which channel, from whom,
// the subject, what it became and why, its files (the list on expand) and the original.
import { Fragment, useState } from 'react';
import { Anchor, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import {
  IconChevronDown, IconChevronRight, IconClipboardList, IconDeviceMobileMessage, IconDownload, IconForms, IconMail, type IconProps,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { InboundMessageAnswer, InboundReport } from '../../../../src/http/answers.ts';
import { fileCounts, InboundFiles } from './inbound-files.tsx';
import { OutcomeBadge } from './outcome-badge.tsx';

const CHANNEL_ICONS: Record<string, ComponentType<IconProps>> = {
  email: IconMail,
  sms: IconDeviceMobileMessage,
  webform: IconForms,
  inspection: IconClipboardList,
};

interface Props {
  messages: InboundMessageAnswer[];
  ticketLinks: boolean;
}

/** "12 Ko", "1,2 Mo". */
function useSize() {
  const { locale } = useFormat();
  return (bytes: number) => {
    const megabytes = bytes >= 1024 * 1024;
    const value = megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.ceil(bytes / 1024));
    return new Intl.NumberFormat(locale, { style: 'unit', unit: megabytes ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(value);
  };
}

/** Why, in words: the server's sentence in the interface language, or how a reply was matched. */
function useReason() {
  const { t, i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (m: InboundMessageAnswer) => {
    if (m.reasonText) return english ? m.reasonText.en : m.reasonText.fr;
    if (!m.reason) return '';
    return t(`admin.inboundMessages.reasons.${m.reason}`, { defaultValue: m.reason });
  };
}

/** The table; a row's file count opens the list of its files. */
export function InboundMessagesTable({ messages, ticketLinks }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const size = useSize();
  const reason = useReason();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table striped verticalSpacing={4} fz="sm" data-testid="inbound-messages-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.inboundMessages.receivedAt')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('admin.inboundMessages.channel')}</VisuallyHidden>
            </Table.Th>
            <Table.Th scope="col">{t('admin.inboundMessages.from')}</Table.Th>
            <Table.Th scope="col">{t('admin.inboundMessages.subject')}</Table.Th>
            <Table.Th scope="col">{t('admin.inboundMessages.outcome')}</Table.Th>
            <Table.Th scope="col">{t('admin.inboundMessages.reason')}</Table.Th>
            <Table.Th scope="col">{t('admin.inboundMessages.files')}</Table.Th>
            <Table.Th scope="col">{t('admin.inboundMessages.original')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((m) => {
            const report = (m.report ?? {}) as InboundReport;
            const counts = fileCounts(report);
            const expandable = counts.kept + counts.refused + counts.notes + counts.bounced > 0;
            const expanded = open.has(m.id);
            const Icon = CHANNEL_ICONS[m.channel] ?? IconMail;
            const channel = t(`admin.inboundMessages.channels.${m.channel}`, { defaultValue: m.channel });
            return (
              <Fragment key={m.id}>
                <Table.Tr data-inbound={m.id} data-outcome={m.outcome}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(m.receivedAt)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={t('admin.inboundMessages.via', { channel, door: t(`admin.inboundMessages.doors.${m.door}`, { defaultValue: m.door }) })} withArrow>
                      <span role="img" aria-label={channel} style={{ display: 'inline-flex' }}>
                        <Icon size={18} stroke={1.6} aria-hidden="true" />
                      </span>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td maw={240}>
                    <Text size="sm" truncate title={m.fromAddress ?? undefined}>
                      {m.fromName || m.fromAddress || t('admin.inboundMessages.noSender')}
                    </Text>
                    {m.fromName && m.fromAddress && (
                      <Text size="xs" c="dimmed" truncate>
                        {m.fromAddress}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td maw={320}>
                    <Text size="sm" lineClamp={2} className="gardien-wrap">
                      {m.subject || t('admin.inboundMessages.noSubject')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <OutcomeBadge outcome={m.outcome} ticketNumber={m.ticketNumber} ticketLinks={ticketLinks} />
                  </Table.Td>
                  <Table.Td maw={260} data-testid="inbound-reason">
                    <Text size="sm" className="gardien-wrap">
                      {reason(m)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {expandable ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        aria-expanded={expanded}
                        aria-controls={`inbound-files-${m.id}`}
                        onClick={() => toggle(m.id)}
                        c={counts.refused > 0 ? 'red.9' : undefined}
                      >
                        {expanded ? <IconChevronDown size={14} aria-hidden="true" /> : <IconChevronRight size={14} aria-hidden="true" />}
                        {counts.kept + counts.refused === 0
                          ? t('admin.inboundMessages.details')
                          : [
                              counts.kept > 0 || counts.refused === 0 ? t('admin.inboundMessages.keptCount', { count: counts.kept }) : '',
                              counts.refused > 0 ? t('admin.inboundMessages.refusedCount', { count: counts.refused }) : '',
                            ].filter(Boolean).join(' · ')}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {m.hasRaw ? (
                      <>
                        <Anchor href={`/api/v1/inbound-messages/${m.id}/raw`} download size="sm">
                          <IconDownload size={14} stroke={1.6} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 2 }} />
                          {t('admin.inboundMessages.download')}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {size(m.rawSize)}
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={`inbound-files-${m.id}`}>
                    <Table.Td />
                    <Table.Td colSpan={7}>
                      <InboundFiles report={report} size={size} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
