// The form of the actions that only carry words (a comment or a reason), perhaps files, and
// perhaps a warning — closing, cancelling, requesting, accepting…
import { useState, type ComponentType } from 'react';
import { Alert, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '../../ui/file-drop.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

export interface CommentFormOptions {
  /** The body field the text goes to. */
  field: 'comment' | 'reason';
  required?: boolean;
  /** An i18n key of a warning shown above the text (closing cannot be undone…). */
  warning?: string;
  /** Files to attach: sent as `attachmentIds`; required for `add_attachments`. */
  files?: 'optional' | 'required';
  danger?: boolean;
  /** An i18n key of a neutral note above the text (what follows the action). */
  note?: string;
}

/** Builds the form of an action from its options. */
export function commentForm(options: CommentFormOptions): ComponentType<ActionFormProps> {
  function CommentForm({ action, errors, pending, onSubmit, onCancel, from }: ActionFormProps) {
    const { t } = useTranslation();
    const [text, setText] = useState(from?.text ?? '');
    const [files, setFiles] = useState<File[]>([]);
    const [missing, setMissing] = useState<string | null>(null);

    const submit = () => {
      if (options.required && !text.trim()) return setMissing(t('actions.common.required'));
      if (options.files === 'required' && files.length === 0) return setMissing(t('files.required'));
      setMissing(null);
      onSubmit(text.trim() ? { [options.field]: text.trim() } : {}, options.files ? { attachmentIds: files } : undefined);
    };

    return (
      <ActionFormFrame
        pending={pending}
        onSubmit={submit}
        onCancel={onCancel}
        danger={options.danger}
        submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}
      >
        {options.warning && (
          <Alert color="red" variant="light" role="note" data-testid="action-warning">
            {t(options.warning)}
          </Alert>
        )}
        {options.note && (
          <Alert color="blue" variant="light" role="note" data-testid="action-note">
            {t(options.note)}
          </Alert>
        )}
        {options.files && (
          <FileDrop
            label={t(`actions.${action}.files`, { defaultValue: t('files.label') })}
            files={files}
            onChange={setFiles}
            error={errors.attachmentIds ?? (options.files === 'required' && missing && !files.length ? missing : undefined)}
          />
        )}
        <Textarea
          label={t(`fields.${options.field}`)}
          required={options.required}
          autosize
          minRows={3}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors[options.field] ?? (options.required && missing && !text.trim() ? missing : undefined)}
          data-autofocus
        />
      </ActionFormFrame>
    );
  }
  return CommentForm;
}
