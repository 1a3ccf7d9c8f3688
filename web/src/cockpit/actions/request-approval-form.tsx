// Asking someone to approve the received quotes: the council president or a council member, the
// owner, or anyone typed in; other council members may be informed, only the approver decides.
import { useState } from 'react';
import { Alert, Checkbox, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartyEditor } from '../create/party-editor.tsx';
import { emptyParty, partyFilled, toPartyChoice } from '../create/drafts.ts';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** The approver, "inform the council", and a comment. */
export function RequestApprovalForm({ action, ticket, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [approver, setApprover] = useState(() => emptyParty());
  const [informCouncil, setInformCouncil] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const prefer = ticket.module === 'syndic' ? ['council_president', 'council_member'] : ['owner'];

  const submit = () => {
    if (!partyFilled(approver) || approver.channels.length === 0) return setMissing(true);
    setMissing(false);
    onSubmit({ approver: toPartyChoice(approver), ...(informCouncil ? { informCouncil } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) });
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      {missing && (
        <Alert color="red" role="alert">
          {t('party.missingWithChannel')}
        </Alert>
      )}
      <PartyEditor legend={t('party.approver')} value={approver} onChange={setApprover} propertyId={ticket.property.id} preferRelations={prefer} errors={errors} prefix="approver." />
      {ticket.module === 'syndic' && (
        <Checkbox label={t('fields.informCouncil')} checked={informCouncil} onChange={(e) => setInformCouncil(e.currentTarget.checked)} />
      )}
      <Textarea label={t('fields.comment')} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={errors.comment} />
    </ActionFormFrame>
  );
}
