// What a message brought and what Gardien made of it: the files kept, those refused with the
// reason, and what was repaired while reading.
import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboundReport } from '../../../../src/http/answers.ts';

/** The counts of kept and refused files, read from the report. */
export function fileCounts(report: InboundReport) {
  return { kept: report.kept?.length ?? 0, refused: report.refused?.length ?? 0, notes: report.notes?.length ?? 0, bounced: report.bounced?.length ?? 0 };
}

/** The report's lists; each only when it has something. */
export function InboundFiles({ report, size }: { report: InboundReport; size: (bytes: number) => string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="inbound-report">
      {(report.kept?.length ?? 0) > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('admin.inboundMessages.kept', { count: report.kept!.length })}
          </Text>
          <List size="sm">
            {report.kept!.map((f, i) => (
              <List.Item key={`${f.filename}-${i}`}>
                {f.filename}{' '}
                <Text span size="xs" c="dimmed">
                  ({f.contentType}, {size(f.size)})
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {(report.refused?.length ?? 0) > 0 && (
        <div>
          <Text size="sm" fw={600} c="red.9">
            {t('admin.inboundMessages.refused', { count: report.refused!.length })}
          </Text>
          <List size="sm">
            {report.refused!.map((f, i) => (
              <List.Item key={`${f.filename}-${i}`}>
                {f.filename} — {t(`admin.inboundMessages.fileRefusals.${f.code}`, { defaultValue: f.reason })}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {(report.bounced?.length ?? 0) > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('admin.inboundMessages.bounced')}
          </Text>
          <List size="sm">
            {report.bounced!.map((address) => (
              <List.Item key={address}>{address}</List.Item>
            ))}
          </List>
        </div>
      )}
      {(report.notes?.length ?? 0) > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('admin.inboundMessages.notes')}
          </Text>
          <List size="sm">
            {report.notes!.map((note, i) => (
              <List.Item key={`${note}-${i}`}>{note}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
