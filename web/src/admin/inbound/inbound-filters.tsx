// The "Messages reçus" filter: one outcome or all, kept in the address bar.
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INBOUND_OUTCOMES } from '../../../../src/domain/inbound/outcomes.ts';

/** The outcome of `?outcome=`, when it is one. */
export function outcomeFrom(params: URLSearchParams): string | null {
  const outcome = params.get('outcome');
  return outcome && (INBOUND_OUTCOMES as readonly string[]).includes(outcome) ? outcome : null;
}

/** A labelled select of the outcomes. */
export function InboundFilters({ outcome, onChange }: { outcome: string | null; onChange: (outcome: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('admin.inboundMessages.outcome')}
      value={outcome ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[
        { value: '', label: t('admin.inboundMessages.anyOutcome') },
        ...INBOUND_OUTCOMES.map((code) => ({ value: code, label: t(`admin.inboundMessages.plainOutcomes.${code}`) })),
      ]}
      w={240}
    />
  );
}
