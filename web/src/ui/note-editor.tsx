// The internal note editor: Mantine's rich-text editor on Tiptap with bold, italic, underline,
// lists, links, and text colour and highlight from a small palette (note-colours.ts). It gives
// HTML; the server sanitizes it (src/tickets/sanitize.ts keeps colours on span and mark only).
// Loaded lazily through rich-text-editor.tsx.
import '@mantine/tiptap/styles.layer.css';
import { useId } from 'react';
import { Input } from '@mantine/core';
import { RichTextEditor, type RichTextEditorProps as MantineEditorProps } from '@mantine/tiptap';
import { IconHighlight, IconPalette } from '@tabler/icons-react';
import Highlight from '@tiptap/extension-highlight';
import Link from '@tiptap/extension-link';
import { Color, TextStyle } from '@tiptap/extension-text-style';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';
import { ColourMenu } from './colour-menu.tsx';
import { HIGHLIGHT_COLOURS, HIGHLIGHT_TEXT, TEXT_COLOURS } from './note-colours.ts';
import type { RichTextEditorProps } from './rich-text-editor.tsx';

/** Highlights keep dark text on their light colour, whatever the page's colour scheme. */
const NoteHighlight = Highlight.extend({
  addAttributes: () => ({
    color: {
      default: null,
      parseHTML: (element: HTMLElement) => element.getAttribute('data-color') || element.style.backgroundColor || null,
      renderHTML: (attributes: { color?: string | null }) =>
        attributes.color && /^(#[0-9a-f]{3,6}|rgb\([\d\s,]+\))$/i.test(attributes.color)
          ? { 'data-color': attributes.color, style: `background-color: ${attributes.color}; color: ${HIGHLIGHT_TEXT}` }
          : {},
    },
  }),
}).configure({ multicolor: true });

/** A link opens the toolbar's link editor with Ctrl+K, as Mantine's own Link extension does. */
const NoteLink = Link.extend({
  addKeyboardShortcuts: () => ({
    'Mod-k': () => {
      window.dispatchEvent(new Event('edit-link'));
      return true;
    },
  }),
});

const EXTENSIONS = [
  StarterKit.configure({ heading: false, codeBlock: false, code: false, blockquote: false, horizontalRule: false, link: false, trailingNode: false }),
  NoteLink.configure({ openOnClick: false, autolink: true, defaultProtocol: 'https' }),
  TextStyle,
  Color,
  NoteHighlight,
];

/** The label, the toolbar and the editable area, labelled as one textbox. */
export default function NoteEditor({ label, onChange, error, required, initialValue, minHeight = 120 }: RichTextEditorProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initialValue ?? '',
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-required': String(Boolean(required)),
        'aria-invalid': String(Boolean(error)),
        'data-testid': 'rich-text',
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? '' : current.getHTML()),
  });

  return (
    <Input.Wrapper label={label} labelProps={{ id: labelId }} error={error} required={required}>
      <RichTextEditor
        // Mantine's types name Tiptap's CommonJS declarations; the editor is the same object.
        editor={editor as unknown as MantineEditorProps['editor']}
        mt={4}
        labels={{
          boldControlLabel: t('richText.bold'),
          italicControlLabel: t('richText.italic'),
          underlineControlLabel: t('richText.underline'),
          bulletListControlLabel: t('richText.list'),
          orderedListControlLabel: t('richText.orderedList'),
          linkControlLabel: t('richText.link'),
          unlinkControlLabel: t('richText.unlink'),
          linkEditorInputLabel: t('richText.linkUrl'),
          linkEditorInputPlaceholder: t('richText.linkPlaceholder'),
          linkEditorSave: t('richText.linkSave'),
          linkEditorExternalLink: t('richText.linkNewTab'),
          linkEditorInternalLink: t('richText.linkSameTab'),
        }}
        styles={{ root: error ? { borderColor: 'var(--mantine-color-red-8)' } : undefined, content: { minHeight } }}
      >
        <RichTextEditor.Toolbar aria-label={t('richText.toolbar')} role="toolbar">
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <ColourMenu kind="textColour" colours={TEXT_COLOURS} icon={IconPalette} />
            <ColourMenu kind="highlight" colours={HIGHLIGHT_COLOURS} icon={IconHighlight} />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
