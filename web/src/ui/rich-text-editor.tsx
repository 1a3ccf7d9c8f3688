// The rich-text editor of internal notes, loaded on first use: Tiptap and its toolbar
// (note-editor.tsx) stay out of the first screens. The HTML it produces is sanitized by the server.
import { lazy, Suspense } from 'react';
import { Input, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface RichTextEditorProps {
  label: string;
  onChange: (html: string) => void;
  error?: string;
  required?: boolean;
  /** The HTML the editor starts with (an article being edited). */
  initialValue?: string;
  /** A taller editing area, for long texts. */
  minHeight?: number;
}

const NoteEditor = lazy(() => import('./note-editor.tsx'));

/** The note editor, with its label shown while it loads. */
export function RichTextEditor(props: RichTextEditorProps) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Input.Wrapper label={props.label} required={props.required}>
          <Loader size="sm" mt={4} aria-label={t('richText.loading')} />
        </Input.Wrapper>
      }
    >
      <NoteEditor {...props} />
    </Suspense>
  );
}
