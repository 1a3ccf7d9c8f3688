// A toolbar button of the note editor that opens a small palette: text colour or highlight.
import { useState, type ComponentType } from 'react';
import { Button, ColorSwatch, Group, Popover, Stack } from '@mantine/core';
import { RichTextEditor, useRichTextEditorContext } from '@mantine/tiptap';
import type {} from '@tiptap/extension-highlight';
import type {} from '@tiptap/extension-text-style';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { NoteColour } from './note-colours.ts';

interface Props {
  kind: 'textColour' | 'highlight';
  colours: NoteColour[];
  icon: ComponentType<{ size?: number; stroke?: number }>;
}

/** The button (showing the colour in force) and its palette of named swatches. */
export function ColourMenu({ kind, colours, icon: Icon }: Props) {
  const { t } = useTranslation();
  // Mantine's types name Tiptap's CommonJS declarations; the editor is the same object.
  const editor = useRichTextEditorContext().editor as unknown as Editor | null;
  const [opened, setOpened] = useState(false);
  const current = useEditorState({
    editor,
    selector: ({ editor: e }): string | null => {
      if (!e) return null;
      const found = colours.find((c) => (kind === 'highlight' ? e.isActive('highlight', { color: c.value }) : e.isActive('textStyle', { color: c.value })));
      return found?.value ?? null;
    },
  });
  // Closing gives the focus back to the text, not to this button: returning it to the button a
  // moment later took the first keys typed after choosing a colour (a space even reopened it).
  const apply = (value: string | null) => {
    setOpened(false);
    const chain = editor?.chain().focus();
    if (!chain) return;
    if (kind === 'highlight') (value ? chain.setHighlight({ color: value }) : chain.unsetHighlight()).run();
    else (value ? chain.setColor(value) : chain.unsetColor()).run();
  };
  const label = t(`richText.${kind}`);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" withinPortal={false} trapFocus returnFocus={false} onClose={() => editor?.commands.focus()}>
      <Popover.Target>
        <RichTextEditor.Control aria-label={label} title={label} aria-haspopup="dialog" aria-expanded={opened} active={current !== null} onClick={() => setOpened((o) => !o)}>
          <Icon size={16} stroke={1.6} />
          <span aria-hidden style={{ display: 'inline-block', width: 6, height: 6, marginLeft: 2, borderRadius: 3, background: current ?? 'transparent' }} />
        </RichTextEditor.Control>
      </Popover.Target>
      <Popover.Dropdown p="xs" aria-label={label} role="dialog">
        <Stack gap="xs">
          <Group gap={6}>
            {colours.map((colour) => (
              <ColorSwatch
                key={colour.value}
                component="button"
                type="button"
                color={colour.value}
                size={22}
                aria-label={t(`richText.colours.${colour.name}`)}
                title={t(`richText.colours.${colour.name}`)}
                aria-pressed={current === colour.value}
                onClick={() => apply(colour.value)}
                style={{ cursor: 'pointer', border: '1px solid var(--mantine-color-gray-5)' }}
              />
            ))}
          </Group>
          <Button variant="subtle" size="compact-xs" onClick={() => apply(null)}>
            {kind === 'highlight' ? t('richText.noHighlight') : t('richText.noColour')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
