// A small rich-text editor for internal notes: bold, italic, bulleted list, on a contenteditable
// area. The HTML it produces is sanitized by the server.
import { useId, useRef, type KeyboardEvent } from 'react';
import { Box, Button, Group, Input } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  onChange: (html: string) => void;
  error?: string;
  required?: boolean;
}

type Command = 'bold' | 'italic' | 'insertUnorderedList';

/** The toolbar and the editable area, labelled as one textbox. */
export function RichTextEditor({ label, onChange, error, required }: Props) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  const labelId = useId();

  const run = (command: Command) => {
    area.current?.focus();
    // execCommand is deprecated but still the one portable way to format a contenteditable.
    document.execCommand(command);
    onChange(area.current?.innerHTML ?? '');
  };

  const shortcuts = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    if (event.key === 'b') {
      event.preventDefault();
      run('bold');
    } else if (event.key === 'i') {
      event.preventDefault();
      run('italic');
    }
  };

  return (
    <Input.Wrapper label={label} labelProps={{ id: labelId }} error={error} required={required}>
      <Group gap={4} mt={4} role="toolbar" aria-label={t('richText.toolbar')}>
        <Button variant="default" size="compact-xs" fw={700} onMouseDown={(e) => e.preventDefault()} onClick={() => run('bold')}>
          {t('richText.bold')}
        </Button>
        <Button variant="default" size="compact-xs" fs="italic" onMouseDown={(e) => e.preventDefault()} onClick={() => run('italic')}>
          {t('richText.italic')}
        </Button>
        <Button variant="default" size="compact-xs" onMouseDown={(e) => e.preventDefault()} onClick={() => run('insertUnorderedList')}>
          {t('richText.list')}
        </Button>
      </Group>
      <Box
        ref={area}
        mt={4}
        p="xs"
        mih={120}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-required={required}
        aria-invalid={!!error}
        tabIndex={0}
        data-testid="rich-text"
        onInput={() => onChange(area.current?.innerHTML ?? '')}
        onKeyDown={shortcuts}
        style={{
          border: `1px solid var(--mantine-color-${error ? 'red-8' : 'gray-5'})`,
          borderRadius: 'var(--mantine-radius-sm)',
          outlineOffset: 2,
        }}
      />
    </Input.Wrapper>
  );
}
