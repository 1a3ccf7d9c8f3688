// Contacting another contractor: in addition (ODS → ODSM, DS → DM), or replacing one, which
// cancels its dispatch and tells it so.
import { useState } from 'react';
import { Alert, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContractorEditor } from '../create/contractor-editor.tsx';
import { contractorFilled, emptyContractor, toContractorChoice } from '../create/drafts.ts';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** Used by `add_contractor` and `replace_contractor`. */
export function ContractorForm({ action, dispatch, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const replacing = action === 'replace_contractor';
  const [draft, setDraft] = useState(emptyContractor);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (!contractorFilled(draft)) return setMissing(true);
    setMissing(false);
    onSubmit({ contractor: toContractorChoice(draft), ...(replacing && reason.trim() ? { reason: reason.trim() } : {}) });
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} danger={replacing} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      {replacing && dispatch && (
        <Alert color="red" variant="light" role="note">
          {t('actions.replace_contractor.explain', { name: dispatch.contractorName })}
        </Alert>
      )}
      {missing && (
        <Alert color="red" role="alert">
          {t('contractor.missing')}
        </Alert>
      )}
      <ContractorEditor legend={t('contractor.legend')} value={draft} onChange={setDraft} errors={errors} prefix="contractor." />
      {replacing && (
        <Textarea label={t('fields.reason')} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
      )}
    </ActionFormFrame>
  );
}
