// The approver's decision on a quote, entered by hand (given by phone or plain email).
import { useState } from 'react';
import { Group, Radio, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** Approve or disapprove, with the approver's comment. */
export function ApprovalDecisionForm({ action, ticket, dispatch, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState('approve');
  const [comment, setComment] = useState('');
  const approver = ticket.approvers.find((p) => dispatch && p.dispatchIds.includes(dispatch.id));

  return (
    <ActionFormFrame
      pending={pending}
      onSubmit={() => onSubmit({ decision, ...(comment.trim() ? { comment: comment.trim() } : {}) })}
      onCancel={onCancel}
      submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}
    >
      <Radio.Group
        label={approver ? t('fields.decisionOf', { name: approver.name }) : t('fields.decision')}
        value={decision}
        onChange={setDecision}
        error={errors.decision}
        required
      >
        <Group mt={4}>
          <Radio value="approve" label={t('fields.approve')} />
          <Radio value="disapprove" label={t('fields.disapprove')} />
        </Group>
      </Radio.Group>
      <Textarea label={t('fields.comment')} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={errors.comment} />
    </ActionFormFrame>
  );
}
