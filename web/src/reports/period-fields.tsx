// A period: two days (both included) and the presets that fill them.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../admin/shared/date-input.tsx';
import { PERIOD_PRESETS, presetPeriod } from './report-period.ts';

export interface Period {
  from: string;
  to: string;
}

export function PeriodFields({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="xs">
        {PERIOD_PRESETS.map((preset) => {
          const period = presetPeriod(preset);
          const active = period.from === value.from && period.to === value.to;
          return (
            <Button key={preset} size="xs" variant={active ? 'filled' : 'default'} aria-pressed={active} onClick={() => onChange(period)}>
              {t(`reports.presets.${preset}`)}
            </Button>
          );
        })}
      </Group>
      <Group grow align="flex-start">
        <DateInput label={t('reports.form.from')} required value={value.from} onChange={(from) => onChange({ ...value, from })} />
        <DateInput label={t('reports.form.to')} required value={value.to} min={value.from} onChange={(to) => onChange({ ...value, to })} />
      </Group>
    </>
  );
}
