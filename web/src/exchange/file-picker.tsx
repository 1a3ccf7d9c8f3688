// Photos and files sent with an answer, taken with the phone's camera or chosen, each removable.
import { useId } from 'react';
import { Button, CloseButton, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const DOCUMENTS = 'image/*,application/pdf,text/plain,.docx,.xlsx,.odt,.ods,.heic,.heif';
/** At most this many files go with one answer (the server's limit). */
export const MAX_FILES = 10;

interface FilePickerProps {
  label: string;
  files: File[];
  onChange: (files: File[]) => void;
  /** Photos: offers the camera first. */
  photos?: boolean;
  multiple?: boolean;
  error?: string;
  description?: string;
}

/** Photos taken with the camera or files chosen from the phone, listed with a way to remove each. */
export function FilePicker({ label, files, onChange, photos = false, multiple = true, error, description }: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const add = (picked: File[] | File | null) => {
    const list = picked ? (Array.isArray(picked) ? picked : [picked]) : [];
    onChange(multiple ? [...files, ...list].slice(0, MAX_FILES) : list.slice(0, 1));
  };
  return (
    <Stack gap={6} role="group" aria-labelledby={`${id}-label`} aria-describedby={error ? `${id}-error` : undefined}>
      <Text id={`${id}-label`} fw={600} size="md">
        {label}
      </Text>
      {description && (
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      )}
      <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
        {photos && (
          <FileButton onChange={add} accept="image/*" capture="environment" multiple={multiple}>
            {(props) => (
              <Button {...props} size="md" variant="light" miw={150}>
                {t('exchange.files.takePhoto')}
              </Button>
            )}
          </FileButton>
        )}
        <FileButton onChange={add} accept={photos ? 'image/*' : DOCUMENTS} multiple={multiple}>
          {(props) => (
            <Button {...props} size="md" variant="default" miw={150}>
              {photos ? t('exchange.files.choosePhotos') : multiple ? t('exchange.files.chooseFiles') : t('exchange.files.chooseFile')}
            </Button>
          )}
        </FileButton>
      </Group>
      {files.length > 0 && (
        <List listStyleType="none" spacing={4} aria-label={t('exchange.files.chosen', { label })}>
          {files.map((file, index) => (
            <List.Item key={`${file.name}-${index}`}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {file.name}
                </Text>
                <CloseButton size="lg" aria-label={t('exchange.files.remove', { name: file.name })} onClick={() => onChange(files.filter((_, i) => i !== index))} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {error && (
        <Text id={`${id}-error`} size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
