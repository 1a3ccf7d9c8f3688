// "Contacter un autre intervenant" (DOMAIN.md §6, the seed's step 2 bis): the new contractor
// first; then, when a contractor already on the ticket could be replaced, the seed's three
// answers — replace (its request is cancelled and it is told), add (a second request beside it),
// or cancel. `replace_contractor` opens the same dialog with its dispatch chosen.
import { useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContractorEditor } from '../create/contractor-editor.tsx';
import { contractorFilled, emptyContractor, toContractorChoice } from '../create/drafts.ts';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';
import { ReplaceOrAdd } from './replace-or-add.tsx';

/** The dispatches the server lets be replaced now, in the ticket's order. */
function replaceable(ticket: ActionFormProps['ticket']) {
  const ids = new Set(ticket.nextSteps.dispatches.filter((d) => d.actions.includes('replace_contractor')).map((d) => d.dispatchId));
  return ticket.dispatches.filter((d) => ids.has(d.id));
}

/** Used by `add_contractor` and `replace_contractor`. */
export function ContractorForm({ action, ticket, dispatch, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(emptyContractor);
  const [missing, setMissing] = useState(false);
  const [asking, setAsking] = useState(false);
  const candidates = replaceable(ticket);
  const canAdd = ticket.nextSteps.ticket.includes('add_contractor');
  // A refusal about the new contractor's details sends the manager back to them.
  const refusedContractor = Object.keys(errors).some((field) => field.startsWith('contractor.'));
  useEffect(() => {
    if (refusedContractor) setAsking(false);
  }, [errors, refusedContractor]);

  const add = () => onSubmit({ action: 'add_contractor', dispatchId: undefined, contractor: toContractorChoice(draft) });
  const replace = (dispatchId: string, reason: string) =>
    onSubmit({ action: 'replace_contractor', dispatchId, contractor: toContractorChoice(draft), ...(reason ? { reason } : {}) });

  const next = () => {
    if (!contractorFilled(draft)) return setMissing(true);
    setMissing(false);
    if (candidates.length > 0 || !canAdd) setAsking(true);
    else add();
  };

  if (asking) {
    return (
      <ReplaceOrAdd
        newName={draft.name.trim()}
        candidates={candidates}
        chosen={action === 'replace_contractor' ? dispatch?.id : undefined}
        canAdd={canAdd}
        errors={errors}
        pending={pending}
        onReplace={replace}
        onAdd={add}
        onCancel={onCancel}
      />
    );
  }
  return (
    <ActionFormFrame pending={pending} onSubmit={next} onCancel={onCancel} submitLabel={t(candidates.length > 0 || !canAdd ? 'otherContractor.next' : 'actions.add_contractor.submit')}>
      {missing && (
        <Alert color="red" role="alert">
          {t('contractor.missing')}
        </Alert>
      )}
      <ContractorEditor legend={t('contractor.legend')} value={draft} onChange={setDraft} errors={errors} prefix="contractor." />
    </ActionFormFrame>
  );
}
