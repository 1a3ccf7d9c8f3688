// A contractor's answers about the appointment: accept with a date, refuse, propose another date,
// check in. Each checks what it can before sending and shows the server's word next to its field.
import { useState } from 'react';
import { RadioGroup } from '../light/radio-group.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { fieldErrors, useAnswer } from './exchange-api.ts';
import type { Presence } from './exchange-types.ts';
import { AnswerForm, TextArea, useFieldErrors, optional, type FormProps } from './form-parts.tsx';
import { AppointmentFields, appointmentValue, checkAppointment, isoWithOffset, type AppointmentValue } from './appointment-fields.tsx';

/** Accept: a work order with the appointment proposed; a quote request with a promise to quote. */
export function AcceptForm({ view }: FormProps) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const workOrder = view.dispatch.kind === 'work_order';
  const [appointment, setAppointment] = useState<AppointmentValue>(appointmentValue(null));
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = useFieldErrors(local, fieldErrors(answer.error));

  const submit = () => {
    if (!workOrder) return answer.mutate({ payload: { action: 'accept', comment: optional(comment) } });
    const found = checkAppointment(t, appointment);
    setLocal(found);
    if (Object.keys(found).length) return;
    answer.mutate({
      payload: { action: 'accept', startsAt: isoWithOffset(appointment.date, appointment.time), durationMinutes: Number(appointment.duration), comment: optional(comment) },
    });
  };

  return (
    <AnswerForm
      onSubmit={submit}
      pending={answer.isPending}
      error={answer.error}
      invalid={Object.keys(local).length > 0}
      submitLabel={workOrder ? t('exchange.actions.accept.submit') : t('exchange.actions.accept.submitQuote')}
    >
      <p>{workOrder ? t('exchange.actions.accept.text') : t('exchange.actions.accept.textQuote')}</p>
      {workOrder && <AppointmentFields value={appointment} onChange={setAppointment} errors={errors} />}
      <TextArea label={t('exchange.form.commentOptional')} value={comment} onChange={setComment} error={errors.comment} />
    </AnswerForm>
  );
}

/** Refuse, with the reason the manager needs to find someone else. */
export function RefuseForm({ view }: FormProps) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = useFieldErrors(missing ? { reason: t('exchange.form.reasonRequired') } : {}, fieldErrors(answer.error));
  const submit = () => {
    setMissing(!reason.trim());
    if (reason.trim()) answer.mutate({ payload: { action: 'refuse', reason: reason.trim() } });
  };
  return (
    <AnswerForm onSubmit={submit} pending={answer.isPending} error={answer.error} invalid={missing} tone="danger" submitLabel={view.dispatch.kind === 'quote' ? t('exchange.actions.refuse.submitQuote') : t('exchange.actions.refuse.submit')}>
      <TextArea label={t('exchange.actions.refuse.reason')} placeholder={t('exchange.actions.refuse.placeholder')} required value={reason} onChange={setReason} error={errors.reason} />
    </AnswerForm>
  );
}

/** Another date for the appointment (or the first one, once a quote is approved). */
export function ProposeAppointmentForm({ view }: FormProps) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const current = view.dispatch.appointment;
  const [appointment, setAppointment] = useState<AppointmentValue>(appointmentValue(current?.startsAt, current?.durationMinutes));
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = useFieldErrors(local, fieldErrors(answer.error));
  const submit = () => {
    const found = checkAppointment(t, appointment);
    setLocal(found);
    if (Object.keys(found).length) return;
    answer.mutate({
      payload: { action: 'propose_appointment', startsAt: isoWithOffset(appointment.date, appointment.time), durationMinutes: Number(appointment.duration), comment: optional(comment) },
    });
  };
  return (
    <AnswerForm onSubmit={submit} pending={answer.isPending} error={answer.error} invalid={Object.keys(local).length > 0} submitLabel={t('exchange.actions.propose_appointment.submit')}>
      <AppointmentFields value={appointment} onChange={setAppointment} errors={errors} />
      <TextArea label={t('exchange.form.commentOptional')} value={comment} onChange={setComment} error={errors.comment} />
    </AnswerForm>
  );
}

const PRESENCES: Presence[] = ['on_site', 'late', 'postpone', 'cannot_come'];

/** On the day: on site, late, to be postponed, or cannot come. */
export function CheckInForm({ view }: FormProps) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const current = view.dispatch.appointment;
  const [presence, setPresence] = useState<Presence | ''>('');
  const [appointment, setAppointment] = useState<AppointmentValue>({ ...appointmentValue(current?.startsAt), time: '' });
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = useFieldErrors(local, fieldErrors(answer.error));
  const needsTime = presence === 'late' || presence === 'postpone';

  const submit = () => {
    const found: Record<string, string> = presence ? {} : { presence: t('exchange.actions.check_in.pick') };
    if (needsTime) Object.assign(found, checkAppointment(t, appointment, { withDuration: false }));
    setLocal(found);
    if (Object.keys(found).length || !presence) return;
    answer.mutate({
      payload: { action: 'check_in', presence, startsAt: needsTime ? isoWithOffset(appointment.date, appointment.time) : undefined, comment: optional(comment) },
    });
  };

  return (
    <AnswerForm onSubmit={submit} pending={answer.isPending} error={answer.error} invalid={Object.keys(local).length > 0} submitLabel={t('exchange.actions.check_in.submit')}>
      <RadioGroup
        label={t('exchange.actions.check_in.question')}
        required
        value={presence}
        onChange={setPresence}
        error={errors.presence}
        choices={PRESENCES.map((choice) => ({ value: choice, label: t(`exchange.actions.check_in.choices.${choice}`) }))}
      />
      {needsTime && (
        <AppointmentFields
          value={appointment}
          onChange={setAppointment}
          errors={errors}
          withDuration={false}
          dateLabel={presence === 'late' ? t('exchange.actions.check_in.lateDate') : t('exchange.actions.check_in.newDate')}
          timeLabel={presence === 'late' ? t('exchange.actions.check_in.lateTime') : t('exchange.actions.check_in.newTime')}
        />
      )}
      <TextArea
        label={presence === 'cannot_come' ? t('exchange.actions.check_in.why') : t('exchange.form.commentOptional')}
        value={comment}
        onChange={setComment}
        error={errors.comment}
      />
    </AnswerForm>
  );
}
