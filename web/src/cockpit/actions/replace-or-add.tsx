// The seed's question once the new contractor is known: replace the one already asked (its
// request is cancelled and it is told), add the new one beside it, or do nothing.
import { useState } from 'react';
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowsExchange, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DispatchAnswer as Dispatch } from '../../../../src/http/answers.ts';
import { useLabels } from '../shared/labels.ts';

interface Props {
  /** The new contractor's name, as chosen or typed. */
  newName: string;
  /** Contractors on the ticket that may be replaced. */
  candidates: Dispatch[];
  /** The one to replace when the dialog was opened for it. */
  chosen?: string;
  canAdd: boolean;
  errors: Record<string, string>;
  pending: boolean;
  onReplace: (dispatchId: string, reason: string) => void;
  onAdd: () => void;
  onCancel: () => void;
}

/** "Replace X?" with Yes (replace), No (add beside) and Cancel. */
export function ReplaceOrAdd({ newName, candidates, chosen, canAdd, errors, pending, onReplace, onAdd, onCancel }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  // A contractor who refused is the likeliest to be replaced.
  const [target, setTarget] = useState<string>(chosen ?? (candidates.find((d) => d.state === 'refused') ?? candidates[0])?.id ?? '');
  const [reason, setReason] = useState('');
  const old = candidates.find((d) => d.id === target);
  const oldName = old?.contractorName ?? '';

  return (
    <Stack gap="sm" data-testid="replace-or-add">
      <Text fw={600} id="replace-or-add-question">
        {candidates.length === 1 ? t('otherContractor.question', { old: oldName, name: newName }) : t('otherContractor.questionMany', { name: newName })}
      </Text>
      {candidates.length > 1 && (
        <Radio.Group label={t('otherContractor.whichOne')} value={target} onChange={setTarget}>
          <Stack gap={4} mt={4}>
            {candidates.map((d) => (
              <Radio key={d.id} value={d.id} label={`${d.contractorName} — ${labels.dispatchState(d.state)}`} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {old && (
        <Text size="sm">
          <strong>{t('otherContractor.yes')}</strong> — {t(old.state === 'refused' ? 'otherContractor.yesRefusedExplain' : 'otherContractor.yesExplain', { old: oldName, name: newName })}
        </Text>
      )}
      {canAdd && (
        <Text size="sm">
          <strong>{t('otherContractor.no')}</strong> — {t('otherContractor.noExplain', { old: oldName, name: newName })}
        </Text>
      )}
      {old && (
        <Textarea label={t('otherContractor.reason')} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onCancel} disabled={pending}>
          {t('otherContractor.cancel')}
        </Button>
        {canAdd && (
          <Button variant="default" leftSection={<IconPlus size={16} stroke={1.6} />} onClick={onAdd} loading={pending} data-answer="add">
            {t('otherContractor.noButton')}
          </Button>
        )}
        {old && (
          <Button color="red.9" leftSection={<IconArrowsExchange size={16} stroke={1.6} />} onClick={() => onReplace(old.id, reason.trim())} loading={pending} data-answer="replace">
            {t('otherContractor.yesButton', { old: oldName })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
