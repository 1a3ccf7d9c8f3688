// The end of the work, entered by hand: a comment, proof photos, and the invoice if it came
// with it (which skips the invoice request).
import { useState } from 'react';
import { Checkbox, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '../../ui/file-drop.tsx';
import { MoneyInput } from '../../ui/money-input.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** Comment, proofs, and optionally the invoice's amount and file. */
export function CompletionForm({ action, ticket, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [proofs, setProofs] = useState<File[]>([]);
  const [withInvoice, setWithInvoice] = useState(false);
  const [amountCents, setAmountCents] = useState<number | null>(null);
  const [invoiceFiles, setInvoiceFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (withInvoice && amountCents === null) return setMissing(true);
    setMissing(false);
    onSubmit(
      { ...(comment.trim() ? { comment: comment.trim() } : {}), ...(withInvoice ? { invoice: { amountCents } } : {}) },
      { attachmentIds: proofs, ...(withInvoice ? { 'invoice.attachmentIds': invoiceFiles } : {}) },
    );
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      <Textarea label={t('fields.comment')} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={errors.comment} />
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
          <FileDrop label={t('fields.invoiceFile')} files={invoiceFiles} onChange={setInvoiceFiles} multiple={false} error={errors['invoice.attachmentIds']} />
        </>
      )}
    </ActionFormFrame>
  );
}
