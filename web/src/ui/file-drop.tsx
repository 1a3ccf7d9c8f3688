// Files chosen by drag and drop or with a button (keyboard users), listed with a way to remove
// each before they are sent.
import { useState, type DragEvent } from 'react';
import { ActionIcon, Box, Button, FileButton, Group, Input, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  files: File[];
  onChange: (files: File[]) => void;
  error?: string;
  multiple?: boolean;
  description?: string;
  /** The file types offered by the chooser (default: the attachments' types). */
  accept?: string;
}

const ACCEPT = 'image/*,application/pdf,text/plain,text/csv,.docx,.xlsx,.odt,.ods,.heic,.heif';

/** A drop zone with an "add files" button and the list of chosen files. */
export function FileDrop({ label, files, onChange, error, multiple = true, description, accept = ACCEPT }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const add = (added: File[]) => onChange(multiple ? [...files, ...added] : added.slice(0, 1));

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    add([...event.dataTransfer.files]);
  };

  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <Box
        mt={4}
        p="md"
        data-testid="file-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{
          border: `2px dashed var(--mantine-color-${over ? 'teal-7' : 'gray-5'})`,
          borderRadius: 'var(--mantine-radius-sm)',
          background: over ? 'var(--mantine-color-teal-0)' : undefined,
        }}
      >
        <Group gap="sm">
          <Text size="sm">{t('files.dropHere')}</Text>
          <FileButton onChange={(chosen) => add(chosen ? (Array.isArray(chosen) ? chosen : [chosen]) : [])} multiple={multiple} accept={accept}>
            {(props) => (
              <Button variant="default" size="compact-sm" {...props}>
                {t('files.choose')}
              </Button>
            )}
          </FileButton>
        </Group>
        {files.length > 0 && (
          <List size="sm" mt="xs" aria-label={t('files.chosen')}>
            {files.map((file, index) => (
              <List.Item key={`${file.name}-${index}`}>
                <Group gap={4}>
                  <span>{file.name}</span>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red.9"
                    aria-label={t('files.remove', { name: file.name })}
                    onClick={() => onChange(files.filter((_, i) => i !== index))}
                  >
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Box>
    </Input.Wrapper>
  );
}
