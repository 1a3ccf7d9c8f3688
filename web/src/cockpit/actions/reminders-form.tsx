// The ticket's reminder delays, changed at any step.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RemindersEditor } from '../create/reminders-editor.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** The delays of the ticket's kind, preset to the current ones. */
export function RemindersForm({ action, ticket, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [reminders, setReminders] = useState(ticket.reminders);
  const kind = ticket.type === 'DS' || ticket.type === 'DM' ? 'quote' : 'work_order';
  return (
    <ActionFormFrame
      pending={pending}
      onSubmit={() => onSubmit({ reminders })}
      onCancel={onCancel}
      submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}
    >
      <RemindersEditor value={reminders} onChange={setReminders} kind={kind} errors={errors} />
    </ActionFormFrame>
  );
}
