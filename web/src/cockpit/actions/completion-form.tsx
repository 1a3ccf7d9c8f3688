// The end of the work, entered by hand: a comment, proof photos, and the invoice if it came
// with it (which skips the invoice request).
import { useState } from 'react';
import { Checkbox, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '../../ui/file-drop.tsx';
import { MoneyInput } from '../../ui/money-input.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';
import { firstPdf, MessageFilesPicker } from './message-files-picker.tsx';

/** Comment, proofs, and optionally the invoice's amount and file. */
export function CompletionForm({ action, ticket, errors, pending, onSubmit, onCancel, from }: ActionFormProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState(from?.text ?? '');
  const [proofs, setProofs] = useState<File[]>([]);
  // A message's images are proofs; its PDF, the invoice that came with the work.
  const messageFiles = from?.files ?? [];
  const [chosenProofs, setChosenProofs] = useState<string[]>(messageFiles.filter((f) => f.contentType.startsWith('image/')).map((f) => f.id));
  const [chosenInvoice, setChosenInvoice] = useState<string[]>(firstPdf(messageFiles));
  const [withInvoice, setWithInvoice] = useState(chosenInvoice.length > 0);
  const [amountCents, setAmountCents] = useState<number | null>(null);
  const [invoiceFiles, setInvoiceFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (withInvoice && amountCents === null) return setMissing(true);
    setMissing(false);
    onSubmit(
      {
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(chosenProofs.length ? { attachmentIds: chosenProofs } : {}),
        ...(withInvoice ? { invoice: { amountCents, ...(chosenInvoice.length ? { attachmentIds: chosenInvoice } : {}) } } : {}),
      },
      { attachmentIds: proofs, ...(withInvoice ? { 'invoice.attachmentIds': invoiceFiles } : {}) },
    );
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      <Textarea label={t('fields.comment')} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={errors.comment} />
      <MessageFilesPicker label={t('actions.fromMessage.files', { what: t('fields.proofs') })} files={messageFiles} chosen={chosenProofs} onChange={setChosenProofs} />
      <FileDrop label={t('fields.proofs')} files={proofs} onChange={setProofs} error={errors.attachmentIds} />
      <Checkbox label={t('fields.withInvoice')} checked={withInvoice} onChange={(e) => setWithInvoice(e.currentTarget.checked)} />
      {withInvoice && (
        <>
          <MoneyInput
            label={t('fields.invoiceAmount')}
            currency={ticket.currency}
            required
            valueCents={amountCents}
            onChange={setAmountCents}
            error={errors['invoice.amountCents'] ?? (missing ? t('actions.common.required') : undefined)}
          />
          <MessageFilesPicker
            label={t('actions.fromMessage.files', { what: t('fields.invoiceFile') })}
            files={messageFiles}
            chosen={chosenInvoice}
            onChange={setChosenInvoice}
            single
          />
          <FileDrop label={t('fields.invoiceFile')} files={invoiceFiles} onChange={setInvoiceFiles} multiple={false} error={errors['invoice.attachmentIds']} />
        </>
      )}
    </ActionFormFrame>
  );
}
