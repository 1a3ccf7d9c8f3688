// A resource's rules as a form (src/domain/bookings/resource-rules.ts): opening hours day by day
// (windows added or removed; none: closed that day), the slot step, the shortest and longest
// booking, the buffer, the notice, how far ahead, the limit per resident, instant or approved,
// the cancellation deadline, the price and deposit shown in euros (no payment).
import { ActionIcon, Button, Checkbox, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '../../../src/domain/bookings/local-time.ts';
import { LIMIT_PERIODS, type LimitPeriod, type ResourceRules } from '../../../src/domain/bookings/resource-rules.ts';

interface Props {
  value: ResourceRules;
  onChange: (rules: ResourceRules) => void;
}

const euros = (cents: number | null) => (cents === null ? '' : cents / 100);
const cents = (value: string | number) => (value === '' ? null : Math.round(Number(value) * 100));

export function ResourceRulesForm({ value, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ResourceRules>) => onChange({ ...value, ...patch });
  const setDay = (day: Weekday, windows: ResourceRules['openingHours'][Weekday]) => set({ openingHours: { ...value.openingHours, [day]: windows } });
  const whole = (v: string | number, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : fallback);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text fw={500} size="sm">{t('bookings.rules.openingHours')}</Text>
        <Text size="xs" c="dimmed">{t('bookings.rules.openingHelp')}</Text>
        <Table verticalSpacing={4} data-testid="opening-hours">
          <Table.Tbody>
            {WEEKDAYS.map((day) => {
              const windows = value.openingHours[day] ?? [];
              return (
                <Table.Tr key={day}>
                  <Table.Td w={110}>{t(`bookings.weekdays.${day}`)}</Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {windows.length === 0 && <Text size="sm" c="dimmed">{t('bookings.rules.closedDay')}</Text>}
                      {windows.map((w, i) => (
                        <Group key={i} gap={6} wrap="nowrap">
                          <TextInput type="time" aria-label={t('bookings.rules.from', { day: t(`bookings.weekdays.${day}`) })} value={w.from} onChange={(e) => setDay(day, windows.map((x, j) => (j === i ? { ...x, from: e.currentTarget.value } : x)))} w={130} />
                          <Text size="sm">–</Text>
                          <TextInput type="time" aria-label={t('bookings.rules.to', { day: t(`bookings.weekdays.${day}`) })} value={w.to === '24:00' ? '23:59' : w.to} onChange={(e) => setDay(day, windows.map((x, j) => (j === i ? { ...x, to: e.currentTarget.value === '23:59' ? '24:00' : e.currentTarget.value } : x)))} w={130} />
                          <ActionIcon variant="subtle" color="gray" aria-label={t('bookings.rules.removeWindow')} onClick={() => setDay(day, windows.filter((_, j) => j !== i))}><IconTrash size={16} /></ActionIcon>
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td w={140}>
                    <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} onClick={() => setDay(day, [...windows, { from: windows.at(-1)?.to && windows.at(-1)!.to < '22:00' ? windows.at(-1)!.to : '08:00', to: '22:00' }])}>{t('bookings.rules.addWindow')}</Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => set({ openingHours: Object.fromEntries(WEEKDAYS.map((d) => [d, value.openingHours.mon ?? []])) as ResourceRules['openingHours'] })}>{t('bookings.rules.copyMonday')}</Button>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Select label={t('bookings.rules.slot')} data={[5, 10, 15, 20, 30, 60, 120, 240, 1440].map((m) => ({ value: String(m), label: t('bookings.rules.minutes', { count: m }) }))} value={String(value.slotMinutes)} onChange={(v) => v && set({ slotMinutes: Number(v) })} allowDeselect={false} />
        <NumberInput label={t('bookings.rules.min')} suffix=" min" min={5} step={value.slotMinutes} value={value.minMinutes} onChange={(v) => set({ minMinutes: whole(v, value.minMinutes) })} />
        <NumberInput label={t('bookings.rules.max')} suffix=" min" min={5} step={value.slotMinutes} value={value.maxMinutes} onChange={(v) => set({ maxMinutes: whole(v, value.maxMinutes) })} />
        <NumberInput label={t('bookings.rules.buffer')} description={t('bookings.rules.bufferHelp')} suffix=" min" min={0} max={1440} value={value.bufferMinutes} onChange={(v) => set({ bufferMinutes: whole(v, 0) })} />
        <NumberInput label={t('bookings.rules.notice')} suffix=" h" min={0} max={2160} value={value.minNoticeHours} onChange={(v) => set({ minNoticeHours: whole(v, 0) })} />
        <NumberInput label={t('bookings.rules.ahead')} suffix={` ${t('bookings.rules.daysUnit')}`} min={1} max={730} value={value.maxAheadDays} onChange={(v) => set({ maxAheadDays: whole(v, 60) })} />
        <NumberInput label={t('bookings.rules.cancel')} description={t('bookings.rules.cancelHelp')} suffix=" h" min={0} max={2160} value={value.cancelHoursBefore} onChange={(v) => set({ cancelHoursBefore: whole(v, 0) })} />
        <NumberInput label={t('bookings.rules.price')} description={t('bookings.rules.moneyHelp')} suffix=" €" decimalScale={2} fixedDecimalScale min={0} decimalSeparator="," value={euros(value.priceCents)} onChange={(v) => set({ priceCents: cents(v) })} />
        <NumberInput label={t('bookings.rules.deposit')} suffix=" €" decimalScale={2} fixedDecimalScale min={0} decimalSeparator="," value={euros(value.depositCents)} onChange={(v) => set({ depositCents: cents(v) })} />
      </SimpleGrid>
      <Stack gap={4}>
        <Checkbox label={t('bookings.rules.limit')} checked={value.perResident !== null} onChange={(e) => set({ perResident: e.currentTarget.checked ? { count: 2, period: 'week' } : null })} />
        {value.perResident && (
          <Group gap="xs" ml="xl">
            <NumberInput aria-label={t('bookings.rules.limitCount')} min={1} max={1000} w={90} value={value.perResident.count} onChange={(v) => set({ perResident: { ...value.perResident!, count: whole(v, 1) } })} />
            <Select aria-label={t('bookings.rules.limitPeriod')} w={170} data={LIMIT_PERIODS.map((p) => ({ value: p, label: t(`bookings.periods.${p}`) }))} value={value.perResident.period} onChange={(p) => p && set({ perResident: { ...value.perResident!, period: p as LimitPeriod } })} allowDeselect={false} />
          </Group>
        )}
      </Stack>
      <Stack gap={4}>
        <Text fw={500} size="sm">{t('bookings.rules.approval')}</Text>
        <SegmentedControl data={[{ value: 'instant', label: t('bookings.approvals.instant') }, { value: 'manager', label: t('bookings.approvals.manager') }]} value={value.approval} onChange={(v) => set({ approval: v as ResourceRules['approval'] })} />
      </Stack>
    </Stack>
  );
}
