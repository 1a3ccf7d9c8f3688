// One form per answer a contractor can give (src/exchange/party-actions.ts), beside those about
// the appointment (appointment-answers.tsx): acknowledge, declare the end of the work, send the
// invoice, send a quote, write to the manager. Each checks what it can before sending and shows the server's word next
// to the field it concerns.
import { useState } from 'react';
import { Button } from '../light/controls.tsx';
import { TextInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { fieldErrors, useAnswer } from './exchange-api.ts';
import { MoneyInput } from '../light/money-input.tsx';
import { AnswerForm, TextArea, useFieldErrors, optional, type FormProps } from './form-parts.tsx';
import { FilePicker } from './file-picker.tsx';


/** "I have read the request": tells the manager the link reached someone. */
export function AcknowledgeForm() {
  const { t } = useTranslation();
  const answer = useAnswer();
  return (
    <AnswerForm onSubmit={() => answer.mutate({ payload: { action: 'acknowledge' } })} pending={answer.isPending} error={answer.error} submitLabel={t('exchange.actions.acknowledge.submit')}>
      <p>{t('exchange.actions.acknowledge.text')}</p>
    </AnswerForm>
  );
}

/** The end of the work: a comment, proof photos, and the invoice if it is ready. */
export function CompleteForm({ view }: FormProps) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const [comment, setComment] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [amountCents, setAmountCents] = useState<number | null>(null);
  const [invoice, setInvoice] = useState<File[]>([]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = useFieldErrors(local, fieldErrors(answer.error));

  const submit = () => {
    // An invoice file means nothing to the manager without its amount.
    const found: Record<string, string> = invoice.length > 0 && amountCents === null ? { invoiceAmountCents: t('exchange.actions.complete.amountForFile') } : {};
    setLocal(found);
    if (Object.keys(found).length) return;
    answer.mutate({
      payload: { action: 'complete', comment: optional(comment), invoiceAmountCents: amountCents ?? undefined },
      files: photos,
      invoice: amountCents !== null ? invoice : [],
    });
  };

  return (
    <AnswerForm onSubmit={submit} pending={answer.isPending} error={answer.error} invalid={Object.keys(local).length > 0} submitLabel={t('exchange.actions.complete.submit')}>
      <TextArea label={t('exchange.actions.complete.comment')} placeholder={t('exchange.actions.complete.commentPlaceholder')} value={comment} onChange={setComment} error={errors.comment} />
      <FilePicker label={t('exchange.actions.complete.photos')} description={t('exchange.actions.complete.photosHint')} files={photos} onChange={setPhotos} photos />
      <div className="form-subtitle">
        <p className="strong">{t('exchange.actions.complete.invoiceTitle')}</p>
        <p className="sm dimmed">{t('exchange.actions.complete.invoiceHint')}</p>
      </div>
      <MoneyInput label={t('exchange.actions.complete.invoiceAmount')} currency={view.currency} valueCents={amountCents} onChange={setAmountCents} error={errors.invoiceAmountCents} />
      <FilePicker label={t('exchange.actions.complete.invoiceFile')} files={invoice} onChange={setInvoice} multiple={false} />
    </AnswerForm>
  );
}

/** The invoice: its amount and its file. */
export function InvoiceForm({ view }: FormProps) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const [amountCents, setAmountCents] = useState<number | null>(null);
  const [invoice, setInvoice] = useState<File[]>([]);
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = useFieldErrors(local, fieldErrors(answer.error));
  const submit = () => {
    const found: Record<string, string> = amountCents === null ? { amountCents: t('exchange.form.amountRequired') } : {};
    setLocal(found);
    if (amountCents === null) return;
    answer.mutate({ payload: { action: 'submit_invoice', amountCents, comment: optional(comment) }, invoice });
  };
  return (
    <AnswerForm onSubmit={submit} pending={answer.isPending} error={answer.error} invalid={Object.keys(local).length > 0} submitLabel={t('exchange.actions.submit_invoice.submit')}>
      <MoneyInput label={t('exchange.actions.submit_invoice.amount')} required currency={view.currency} valueCents={amountCents} onChange={setAmountCents} error={errors.amountCents} />
      <FilePicker label={t('exchange.actions.submit_invoice.file')} description={t('exchange.actions.submit_invoice.fileHint')} files={invoice} onChange={setInvoice} multiple={false} />
      <TextArea label={t('exchange.form.commentOptional')} value={comment} onChange={setComment} error={errors.comment} />
    </AnswerForm>
  );
}

/** The quote: amount, the document, how long it holds. */
export function QuoteForm({ view }: FormProps) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const [amountCents, setAmountCents] = useState<number | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [validUntil, setValidUntil] = useState('');
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = useFieldErrors(local, fieldErrors(answer.error));
  const submit = () => {
    const found: Record<string, string> = {};
    if (amountCents === null) found.amountCents = t('exchange.form.amountRequired');
    if (validUntil && !/^\d{4}-\d{2}-\d{2}$/.test(validUntil)) found.validUntil = t('exchange.form.invalidDate');
    setLocal(found);
    if (Object.keys(found).length || amountCents === null) return;
    answer.mutate({ payload: { action: 'submit_quote', amountCents, validUntil: validUntil || undefined, comment: optional(comment) }, files });
  };
  return (
    <AnswerForm onSubmit={submit} pending={answer.isPending} error={answer.error} invalid={Object.keys(local).length > 0} submitLabel={t('exchange.actions.submit_quote.submit')}>
      <MoneyInput label={t('exchange.actions.submit_quote.amount')} required currency={view.currency} valueCents={amountCents} onChange={setAmountCents} error={errors.amountCents} />
      <FilePicker label={t('exchange.actions.submit_quote.file')} description={t('exchange.actions.submit_quote.fileHint')} files={files} onChange={setFiles} />
      <TextInput type="date" label={t('exchange.actions.submit_quote.validUntil')} value={validUntil} onChange={setValidUntil} error={errors.validUntil} />
      <TextArea label={t('exchange.form.commentOptional')} value={comment} onChange={setComment} error={errors.comment} />
    </AnswerForm>
  );
}

/** A message (and files) to the manager, at any step. */
export function MessageForm({ onCancel }: { onCancel?: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);
  const errors = useFieldErrors(missing ? { body: t('exchange.message.required') } : {}, fieldErrors(answer.error));
  const submit = () => {
    setMissing(!body.trim());
    if (!body.trim()) return;
    answer.mutate(
      { payload: { action: 'message', body: body.trim() }, files },
      {
        onSuccess: () => {
          setBody('');
          setFiles([]);
        },
      },
    );
  };
  return (
    <AnswerForm
      onSubmit={submit}
      pending={answer.isPending}
      error={answer.error}
      invalid={missing}
      submitLabel={t('exchange.message.submit')}
      secondary={
        onCancel && (
          <Button variant="subtle" onClick={onCancel}>
            {t('exchange.message.cancel')}
          </Button>
        )
      }
    >
      <TextArea label={t('exchange.message.body')} required value={body} onChange={setBody} error={errors.body} />
      <FilePicker label={t('exchange.message.files')} files={files} onChange={setFiles} />
    </AnswerForm>
  );
}
