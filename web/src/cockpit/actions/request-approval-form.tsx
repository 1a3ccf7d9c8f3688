// Asking someone to approve the received quotes: the council president or a council member, the
// owner, or anyone typed in; other council members may be informed, only the approver decides.
// The quotes put to the approver are compared first; the property's council president, when it
// has one, is the approver proposed.
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartyEditor } from '../create/party-editor.tsx';
import { emptyParty, partyFilled, toPartyChoice } from '../create/drafts.ts';
import { usePersons } from '../shared/master-data.ts';
import { approverDraftOf, councilPresident } from '../quotes/council-president.ts';
import { QuoteComparison } from '../quotes/quote-comparison.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** The quotes compared, the approver, "inform the council", and a comment. */
export function RequestApprovalForm({ action, ticket, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const persons = usePersons();
  const [approver, setApprover] = useState(() => emptyParty());
  const [touched, setTouched] = useState(false);
  const [informCouncil, setInformCouncil] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const syndic = ticket.module === 'syndic';
  const prefer = syndic ? ['council_president', 'council_member'] : ['owner'];
  // The quotes this request puts to the approver (the server takes every received one).
  const submitted = ticket.dispatches.filter((d) => d.kind === 'quote' && d.state === 'quote_received');
  const president = syndic && ticket.property ? councilPresident(persons.data, ticket.property.id) : undefined;

  useEffect(() => {
    if (president && !touched) setApprover(approverDraftOf(president));
  }, [president, touched]);

  const choose = (value: typeof approver) => {
    setTouched(true);
    setApprover(value);
  };
  const submit = () => {
    if (!partyFilled(approver) || approver.channels.length === 0) return setMissing(true);
    setMissing(false);
    onSubmit({ approver: toPartyChoice(approver), ...(informCouncil ? { informCouncil } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) });
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      {submitted.length > 0 && <QuoteComparison ticket={ticket} dispatches={submitted} caption={t('quotes.submittedCaption', { count: submitted.length })} />}
      {missing && (
        <Alert color="red" role="alert">
          {t('party.missingWithChannel')}
        </Alert>
      )}
      <PartyEditor
        legend={president ? t('quotes.approverPresident') : t('party.approver')}
        value={approver}
        onChange={choose}
        propertyId={ticket.property?.id}
        preferRelations={prefer}
        errors={errors}
        prefix="approver."
      />
      {syndic && <Checkbox label={t('fields.informCouncil')} checked={informCouncil} onChange={(e) => setInformCouncil(e.currentTarget.checked)} />}
      <Textarea label={t('fields.comment')} description={t('quotes.commentHelp')} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={errors.comment} />
    </ActionFormFrame>
  );
}
