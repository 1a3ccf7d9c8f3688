// The files of the received message a manual entry is made from, to choose as the action's own
// (an invoice's PDF, proof photos): checkboxes, or radio-like single choice for one file.
import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketFileAnswer as TicketFile } from '../../../../src/http/answers.ts';

interface Props {
  label: string;
  files: TicketFile[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  /** At most one file (a quote's or an invoice's). */
  single?: boolean;
}

/** Nothing when the message brought no file. */
export function MessageFilesPicker({ label, files, chosen, onChange, single }: Props) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  const toggle = (id: string, on: boolean) => onChange(on ? (single ? [id] : [...chosen, id]) : chosen.filter((c) => c !== id));
  return (
    <Stack gap={4} data-testid="message-files">
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {t('actions.fromMessage.filesHint')}
      </Text>
      {files.map((file) => (
        <Checkbox key={file.id} label={file.filename} checked={chosen.includes(file.id)} onChange={(e) => toggle(file.id, e.currentTarget.checked)} />
      ))}
    </Stack>
  );
}

/** The message's files to choose first: a PDF for a quote or an invoice, else nothing. */
export function firstPdf(files: readonly TicketFile[] | undefined): string[] {
  const pdf = files?.find((f) => f.contentType === 'application/pdf');
  return pdf ? [pdf.id] : [];
}
