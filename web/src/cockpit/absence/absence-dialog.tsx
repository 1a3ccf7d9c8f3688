// "Absent — déléguer à…" (the seed's DELEGATION: "Durant mon absence transférer à…, jusqu'au
// (inclus)"): the colleague who stands in, until a day included or until back; "I am back" ends it.
import { useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldProblems } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useFormat } from '../../i18n/format.ts';
import { DateInput } from '../../admin/shared/date-input.tsx';
import { dayOf, endOfDay } from '../../admin/users/delegation.ts';
import { useOwnDelegation, useSetOwnDelegation } from './own-delegation.ts';

type Length = 'until' | 'back';

/** The dialog; it closes once the server accepted. */
export default function AbsenceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const current = useOwnDelegation();
  const save = useSetOwnDelegation();
  const data = current.data;
  const [delegateId, setDelegateId] = useState<string | null>(null);
  const [length, setLength] = useState<Length | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  // What the server holds until the user changes it.
  const chosenDelegate = delegateId ?? (data?.inForce ? (data.delegate?.id ?? null) : null);
  const chosenLength: Length = length ?? (data?.inForce && !data.until ? 'back' : 'until');
  const chosenDay = day ?? (data?.inForce ? dayOf(data.until) : '');
  const problems = fieldProblems(save.error);
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;

  const submit = () => {
    const until = chosenLength === 'until' ? endOfDay(chosenDay) : null;
    if (!chosenDelegate || (chosenLength === 'until' && !until)) return setMissing(true);
    setMissing(false);
    save.mutate({ delegateUserId: chosenDelegate, delegateUntil: until }, { onSuccess: onClose });
  };
  const back = () => save.mutate({ delegateUserId: null, delegateUntil: null }, { onSuccess: onClose });

  return (
    <Modal opened onClose={onClose} title={t('absence.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('absence.help')}
          </Text>
          {data?.inForce && data.delegate && (
            <Alert color="blue" variant="light" data-testid="absence-current">
              {data.until ? t('absence.currentUntil', { name: data.delegate.name, date: format.date(data.until) }) : t('absence.currentUntilBack', { name: data.delegate.name })}
            </Alert>
          )}
          {save.isError && problems.length === 0 && (
            <Alert color="red" role="alert">
              {errorMessage(t, save.error)}
            </Alert>
          )}
          <Select
            label={t('absence.delegate')}
            placeholder={t('absence.delegatePlaceholder')}
            required
            searchable
            data={(data?.candidates ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={chosenDelegate}
            onChange={setDelegateId}
            error={problemOf('delegateUserId') ?? (missing && !chosenDelegate ? t('actions.common.required') : undefined)}
          />
          <Radio.Group label={t('absence.length')} value={chosenLength} onChange={(value) => setLength(value as Length)}>
            <Stack gap={6} mt={6}>
              <Radio value="until" label={t('absence.untilDay')} />
              <Radio value="back" label={t('absence.untilBack')} />
            </Stack>
          </Radio.Group>
          {chosenLength === 'until' && (
            <DateInput
              label={t('absence.lastDay')}
              required
              value={chosenDay}
              min={dayOf(new Date().toISOString())}
              onChange={setDay}
              error={problemOf('delegateUntil') ?? (missing && !chosenDay ? t('actions.common.required') : undefined)}
            />
          )}
          <Group justify="space-between" mt="sm">
            {data?.delegate ? (
              <Button variant="subtle" color="red.9" onClick={back} disabled={save.isPending}>
                {t('absence.back')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={onClose} disabled={save.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('absence.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
