// "Nouveau rapport": the property or one of its units, the period (with presets) and the figures,
// all ticked at first. Made, the report opens on its own page.
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Select, Stack } from '@mantine/core';
import { IconFileAnalytics } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { REPORT_ITEMS } from '../../../src/domain/reports/report-codes.ts';
import { useProperties, useUnits } from '../cockpit/shared/master-data.ts';
import { useCreateReport } from './report-queries.ts';
import { PeriodFields, type Period } from './period-fields.tsx';
import { presetPeriod } from './report-period.ts';

export function NewReportForm() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const properties = useProperties();
  const [propertyId, setPropertyId] = useState<string | null>(null);
  const units = useUnits(propertyId);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>(presetPeriod('lastYear'));
  const [items, setItems] = useState<string[]>([...REPORT_ITEMS]);
  const create = useCreateReport();

  const submit = () => {
    if (!propertyId) return;
    create.mutate(
      { propertyId, ...(unitId ? { unitId } : {}), from: period.from, to: period.to, items },
      { onSuccess: (report) => navigate(`/reports/${report.id}`) },
    );
  };

  return (
    <Stack gap="sm" maw={640}>
      <Group grow align="flex-start">
        <Select
          label={t('reports.form.property')}
          placeholder={t('reports.form.propertyPlaceholder')}
          searchable
          required
          data={(properties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={propertyId}
          onChange={(value) => {
            setPropertyId(value);
            setUnitId(null);
          }}
        />
        <Select
          label={t('reports.form.unit')}
          placeholder={t('reports.form.wholeProperty')}
          clearable
          disabled={!propertyId}
          data={(units.data ?? []).map((u) => ({ value: u.id, label: u.reference }))}
          value={unitId}
          onChange={setUnitId}
        />
      </Group>
      <PeriodFields value={period} onChange={setPeriod} />
      <Checkbox.Group label={t('reports.form.items')} value={items} onChange={setItems}>
        <Stack gap={6} mt={6}>
          {REPORT_ITEMS.map((item) => (
            <Checkbox key={item} value={item} label={t(`reports.items.${item}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      {create.error && <Alert color="red">{create.error.message}</Alert>}
      <Group>
        <Button leftSection={<IconFileAnalytics size={16} />} onClick={submit} loading={create.isPending} disabled={!propertyId || items.length === 0}>
          {t('reports.form.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

