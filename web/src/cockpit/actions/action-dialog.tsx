// The small window of one action: its form, the server's refusals shown by field, and the
// ticket updated in place when it succeeds.
import { Alert, List, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldProblems } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useDialogFocus } from '../../ui/dialog-focus.ts';
import { usePerformAction } from '../shared/ticket-queries.ts';
import type { DispatchAnswer as Dispatch, PartyAnswer as Party, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { ACTION_FORMS, WIDE_ACTIONS } from './action-forms.ts';
import type { EntrySource, FileUploads } from './action-form-types.ts';

interface Props {
  action: string;
  ticket: Ticket;
  dispatch?: Dispatch;
  party?: Party;
  /** The received message a manual entry is made from ("Saisir comme…"). */
  from?: EntrySource;
  onClose: () => void;
}

/** A modal hosting the form of `action`; it closes once the server accepted the action. */
export function ActionDialog({ action, ticket, dispatch, party, from, onClose }: Props) {
  const { t } = useTranslation();
  const perform = usePerformAction(ticket.number);
  // Mounted only while open: the focus goes to the first field, and back to the opener on close.
  const id = useDialogFocus(true);
  const Form = ACTION_FORMS[action];
  const problems = fieldProblems(perform.error);
  const errors = Object.fromEntries(problems.map((p) => [p.field, p.message]));

  const submit = (body: Record<string, unknown>, files?: FileUploads) => {
    const target = { ...(dispatch ? { dispatchId: dispatch.id } : {}), ...(party ? { partyId: party.id } : {}) };
    perform.mutate({ body: { action, ...target, ...body }, files }, { onSuccess: onClose });
  };

  const subject = dispatch?.contractorName ?? party?.name;
  return (
    <Modal
      id={id}
      opened
      onClose={onClose}
      size={WIDE_ACTIONS.includes(action) ? 'xl' : 'lg'}
      title={subject ? `${t(`actions.${action}.title`)} — ${subject}` : t(`actions.${action}.title`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {perform.isError && (
        <Alert role="alert" color="red" mb="sm" title={t('actions.common.refused')}>
          {problems.length > 0 ? (
            <List size="sm">
              {problems.map((problem) => (
                <List.Item key={problem.field}>
                  {t('common.labelled', { label: t(`fields.${problem.field}`, { defaultValue: problem.field }) })} {problem.message}
                </List.Item>
              ))}
            </List>
          ) : (
            errorMessage(t, perform.error)
          )}
        </Alert>
      )}
      {Form ? (
        <Form
          action={action}
          ticket={ticket}
          dispatch={dispatch}
          party={party}
          errors={errors}
          pending={perform.isPending}
          onSubmit={submit}
          onCancel={onClose}
          from={from}
        />
      ) : (
        <Alert color="gray">{t('actions.common.unsupported')}</Alert>
      )}
    </Modal>
  );
}
