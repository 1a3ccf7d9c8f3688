// A quote or an invoice entered by hand: its amount (in euros, sent in cents), its file, a
// comment, and for a quote the date it is valid until.
import { useState } from 'react';
import { TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '../../ui/file-drop.tsx';
import { MoneyInput } from '../../ui/money-input.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';
import { firstPdf, MessageFilesPicker } from './message-files-picker.tsx';

/** Used by `enter_quote` (with validity) and `enter_invoice`. */
export function AmountForm({ action, ticket, errors, pending, onSubmit, onCancel, from }: ActionFormProps) {
  const { t } = useTranslation();
  const quote = action === 'enter_quote';
  const [amountCents, setAmountCents] = useState<number | null>(null);
  const [validUntil, setValidUntil] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [comment, setComment] = useState(from?.text ?? '');
  const [chosen, setChosen] = useState<string[]>(firstPdf(from?.files));
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (amountCents === null) return setMissing(true);
    setMissing(false);
    onSubmit(
      { amountCents, ...(quote && validUntil ? { validUntil } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}), ...(chosen.length ? { attachmentIds: chosen } : {}) },
      { attachmentIds: files },
    );
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      <MoneyInput
        label={quote ? t('fields.quoteAmount') : t('fields.invoiceAmount')}
        currency={ticket.currency}
        required
        valueCents={amountCents}
        onChange={setAmountCents}
        error={errors.amountCents ?? (missing ? t('actions.common.required') : undefined)}
      />
      {quote && (
        <TextInput type="date" label={t('fields.validUntil')} value={validUntil} onChange={(e) => setValidUntil(e.currentTarget.value)} error={errors.validUntil} />
      )}
      <MessageFilesPicker
        label={t('actions.fromMessage.files', { what: quote ? t('fields.quoteFile') : t('fields.invoiceFile') })}
        files={from?.files ?? []}
        chosen={chosen}
        onChange={setChosen}
        single
      />
      <FileDrop
        label={quote ? t('fields.quoteFile') : t('fields.invoiceFile')}
        files={files}
        onChange={setFiles}
        multiple={false}
        error={errors.attachmentIds}
      />
      <Textarea label={t('fields.comment')} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={errors.comment} />
    </ActionFormFrame>
  );
}
