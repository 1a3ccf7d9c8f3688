// The email body as a word processor (Mantine's rich-text editor on Tiptap): paragraphs, line
// breaks, and the template variables as chips showing their labels. It edits the same Liquid
// source as the source mode (liquid-document.ts): every change is written back as Liquid.
// Loaded lazily by template-body-field.tsx (Tiptap stays out of the other screens).
import '@mantine/tiptap/styles.layer.css';
import './liquid-chips.css';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { RichTextEditor, type RichTextEditorProps as MantineEditorProps } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { templateExtensions, type ChipLabels } from './liquid-chips.ts';
import { liquidOf, richDocumentOf, VARIABLE_NODE, type RichModeRefusal } from './liquid-document.ts';

export interface RichBodyHandle {
  /** Inserts a variable chip where the cursor is (or was, before a click elsewhere). */
  insertVariable: (name: string) => void;
}

interface Props {
  /** The Liquid source; it must have a rich document (richDocumentOf). */
  value: string;
  onChange: (source: string) => void;
  onFocus: () => void;
  labelId: string;
  descriptionId: string;
  invalid?: boolean;
  handle: Ref<RichBodyHandle>;
  /** A value from outside (revert, reset) that the rich mode cannot show. */
  onRefuse: (refusal: RichModeRefusal) => void;
}

/** The toolbar (undo, redo) and the editable document, labelled by the field's label. */
export default function LiquidBodyEditor({ value, onChange, onFocus, labelId, descriptionId, invalid, handle, onRefuse }: Props) {
  const { t } = useTranslation();
  const variableLabel = (name: string) => t(`admin.templates.variables.names.${name.replaceAll('.', '_')}`, { defaultValue: name });
  const labels: ChipLabels = {
    variable: variableLabel,
    condition: (kind, variable) => t(`admin.templates.rich.condition.${kind}`, { variable }),
  };
  // The source the editor last wrote: a value that differs came from outside (revert, reset).
  const written = useRef(value);
  const [initial] = useState(() => richDocumentOf(value));
  const editor = useEditor({
    extensions: templateExtensions(labels),
    content: initial.ok ? initial.doc : '',
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': descriptionId,
        'aria-invalid': String(Boolean(invalid)),
        spellcheck: 'true',
        'data-testid': 'rich-body',
      },
    },
    onUpdate: ({ editor: current }) => {
      const source = liquidOf(current.getJSON());
      written.current = source;
      onChange(source);
    },
    onFocus,
  });

  useEffect(() => {
    if (!editor || value === written.current) return;
    const rich = richDocumentOf(value);
    if (!rich.ok) return onRefuse(rich.refusal);
    written.current = value;
    editor.commands.setContent(rich.doc, { emitUpdate: false });
  }, [editor, value, onRefuse]);

  useImperativeHandle(handle, () => ({
    insertVariable: (name: string) => {
      editor?.chain().focus().insertContent({ type: VARIABLE_NODE, attrs: { name, raw: '' } }).run();
    },
  }), [editor]);

  return (
    <RichTextEditor
      // Mantine's types name Tiptap's CommonJS declarations; the editor is the same object.
      editor={editor as unknown as MantineEditorProps['editor']}
      withTypographyStyles={false}
      withCodeHighlightStyles={false}
      labels={{ undoControlLabel: t('richText.undo'), redoControlLabel: t('richText.redo') }}
      data-invalid={invalid || undefined}
    >
      <RichTextEditor.Toolbar aria-label={t('richText.toolbar')}>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo />
          <RichTextEditor.Redo />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content className="liquid-body" />
    </RichTextEditor>
  );
}
