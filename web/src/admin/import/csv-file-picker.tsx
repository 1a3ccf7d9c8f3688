// The CSV file to import: dropped on the zone or chosen with the button (keyboard users).
import { useState, type DragEvent } from 'react';
import { Box, Button, FileButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

interface Props {
  file: File | null;
  onChange: (file: File | null) => void;
}

/** A labelled drop zone with a "choose a file" button and the chosen file's name and size. */
export function CsvFilePicker({ file, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onChange(dropped);
  };
  return (
    <Box
      role="group"
      aria-labelledby="csv-file-label"
      p="md"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="csv-drop"
      style={{
        border: `2px dashed var(--mantine-color-${over ? 'teal-7' : 'gray-5'})`,
        borderRadius: 'var(--mantine-radius-sm)',
        background: over ? 'var(--mantine-color-teal-0)' : undefined,
      }}
    >
      <Text fw={500} id="csv-file-label" mb={4}>
        {t('admin.import.file')}
      </Text>
      <Group gap="sm">
        <Text size="sm">{t('admin.import.dropHere')}</Text>
        <FileButton onChange={onChange} accept=".csv,text/csv,text/plain">
          {(props) => (
            <Button variant="default" size="compact-sm" {...props}>
              {t('admin.import.choose')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Text size="sm" mt={6} data-testid="csv-file-name">
        {file ? t('admin.import.chosen', { name: file.name, size: format.number(Math.ceil(file.size / 1024)) }) : t('admin.import.noFile')}
      </Text>
    </Box>
  );
}
