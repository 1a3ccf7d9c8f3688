// Delegation while absent (DOMAIN.md §2): until a day, the user's tickets also show, and their
// notifications also go, to the delegate.
import { Fieldset, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../shared/date-input.tsx';
import { optionsOf } from '../shared/option-lists.ts';
import type { UserAnswer as StaffUser } from '../../../../src/http/answers.ts';

interface Props {
  /** The other active users, who may be delegates. */
  candidates: StaffUser[];
  delegateId: string | null;
  until: string;
  onChange: (value: { delegateId: string | null; until: string }) => void;
  errors: Record<string, string>;
}

/** The delegate and the last day of the absence. */
export function DelegationFields({ candidates, delegateId, until, onChange, errors }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('admin.users.delegation')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('admin.users.delegationHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('admin.users.delegate')}
          placeholder={t('admin.users.noDelegate')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('admin.common.clear') }}
          data={optionsOf(candidates, (u) => u.name)}
          value={delegateId}
          onChange={(value) => onChange({ delegateId: value, until: value ? until : '' })}
          error={errors.delegateUserId}
        />
        <DateInput
          label={t('admin.users.until')}
          description={t('admin.users.untilHelp')}
          required={!!delegateId}
          value={until}
          min={new Date().toISOString().slice(0, 10)}
          onChange={(value) => onChange({ delegateId, until: value })}
          error={errors.delegateUntil}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
