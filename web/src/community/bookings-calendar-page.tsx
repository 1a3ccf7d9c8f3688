// /bookings: the calendar of a property's bookable rooms, a week at a time (a row per room, a
// column per day, in the agency's time zone; on a phone a list of the days), the bookings waiting
// for approval on top, each booking opened to approve, refuse or cancel, and "book for a resident".
import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPlus, IconSettings } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../api.ts';
import { useProperties } from '../cockpit/shared/master-data.ts';
import { addDays, dayLabel, dayOf, hoursOf, instantOf, mondayOf } from './booking-time.ts';
import { BOOKING_STATE_COLOURS, STATE_TEXT, bookingError, type Booking, type Resource } from './booking-types.ts';
import { BookingDialog } from './booking-dialog.tsx';
import { BookForResident } from './book-for-resident.tsx';

const PROPERTY_KEY = 'gardien.bookings.property';

function BookingChip({ booking, timeZone, onOpen }: { booking: Booking; timeZone: string; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton onClick={onOpen} data-booking={booking.id} data-state={booking.state}>
      <Paper withBorder p={4} radius="sm" bg={booking.state === 'pending' ? 'orange.0' : 'teal.0'}>
        <Text size="xs" fw={600}>{hoursOf(booking.startsAt, booking.endsAt, timeZone)}</Text>
        <Text size="xs" lineClamp={1}>{booking.person.name}</Text>
        {booking.state === 'pending' && <Badge size="xs" color="orange" variant="light" c={STATE_TEXT.pending}>{t('bookings.states.pending')}</Badge>}
      </Paper>
    </UnstyledButton>
  );
}

/** The week as a list of days, for a phone: each day's bookings by start, with their room. */
function WeekAgenda({ days, bookings, timeZone, onOpen }: { days: string[]; bookings: Booking[]; timeZone: string; onOpen: (booking: Booking) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" data-testid="bookings-agenda">
      {days.map((d) => {
        const ofDay = bookings.filter((b) => dayOf(b.startsAt, timeZone) === d);
        return (
          <Paper key={d} withBorder p="xs">
            <Text fw={600} size="sm" mb={4}>{dayLabel(d, i18n.language)}</Text>
            {ofDay.length === 0 ? <Text size="sm" c="dimmed">{t('bookings.noBooking')}</Text> : (
              <Stack gap={4}>
                {ofDay.map((b) => (
                  <Group key={b.id} gap="xs" wrap="nowrap" align="start">
                    <Text size="sm" w={110} style={{ flex: 'none' }}>{b.resourceName}</Text>
                    <BookingChip booking={b} timeZone={timeZone} onOpen={() => onOpen(b)} />
                  </Group>
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

export default function BookingsCalendarPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 48em)');
  const properties = useProperties();
  const all = useQuery({ queryKey: ['resources', 'all'], queryFn: () => api.get<{ items: Resource[]; timeZone: string }>('/api/v1/resources') });
  const timeZone = all.data?.timeZone ?? 'Europe/Paris';
  const withRooms = new Set((all.data?.items ?? []).map((r) => r.propertyId));
  const [propertyId, setPropertyId] = useState<string | null>(() => localStorage.getItem(PROPERTY_KEY));
  useEffect(() => {
    if (all.data && (!propertyId || !withRooms.has(propertyId)) && all.data.items[0]) setPropertyId(all.data.items[0].propertyId);
  }, [all.data]);
  useEffect(() => {
    if (propertyId) localStorage.setItem(PROPERTY_KEY, propertyId);
  }, [propertyId]);
  const [monday, setMonday] = useState(() => mondayOf(dayOf(new Date(), timeZone)));
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const from = instantOf(monday, '00:00', timeZone)!;
  const to = instantOf(addDays(monday, 7), '00:00', timeZone)!;
  const week = useQuery({
    queryKey: ['bookings', propertyId, from],
    queryFn: () => api.get<{ items: Booking[] }>(`/api/v1/bookings?propertyId=${propertyId}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
    enabled: !!propertyId,
  });
  const now = new Date().toISOString();
  const pending = useQuery({
    queryKey: ['bookings', propertyId, 'pending'],
    queryFn: () => api.get<{ items: Booking[] }>(`/api/v1/bookings?propertyId=${propertyId}&state=pending&from=${encodeURIComponent(now)}&to=${encodeURIComponent(new Date(Date.now() + 60 * 86_400_000).toISOString())}`),
    enabled: !!propertyId,
  });
  const [opened, setOpened] = useState<Booking | null>(null);
  const [booking, setBooking] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['bookings'] });
  const rooms = (all.data?.items ?? []).filter((r) => r.propertyId === propertyId);
  const shown = (week.data?.items ?? []).filter((b) => b.state === 'pending' || b.state === 'confirmed');

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} id="page-title">{t('bookings.title')}</Title>
        <Group gap="xs">
          <Button variant="default" component={Link} href={`/bookings/resources${propertyId ? `?propertyId=${propertyId}` : ''}`} leftSection={<IconSettings size={16} />}>{t('bookings.resources')}</Button>
          <Button leftSection={<IconPlus size={16} />} disabled={rooms.length === 0} onClick={() => setBooking(true)}>{t('bookings.forResident.open')}</Button>
        </Group>
      </Group>
      <Group align="end" wrap="wrap">
        <Select
          label={t('bookings.fields.property')}
          data={(properties.data ?? []).filter((p) => withRooms.has(p.id)).map((p) => ({ value: p.id, label: p.name }))}
          value={propertyId}
          onChange={setPropertyId}
          w={260}
          allowDeselect={false}
        />
        <Group gap={4}>
          <Button variant="default" aria-label={t('bookings.previousWeek')} onClick={() => setMonday(addDays(monday, -7))}><IconChevronLeft size={16} /></Button>
          <Button variant="default" onClick={() => setMonday(mondayOf(dayOf(new Date(), timeZone)))}>{t('bookings.thisWeek')}</Button>
          <Button variant="default" aria-label={t('bookings.nextWeek')} onClick={() => setMonday(addDays(monday, 7))}><IconChevronRight size={16} /></Button>
        </Group>
        <Text fw={500}>{t('bookings.weekOf', { day: dayLabel(monday, i18n.language, { day: 'numeric', month: 'long', year: 'numeric' }) })}</Text>
      </Group>
      {all.data && all.data.items.length === 0 && (
        <Alert color="blue">
          {t('bookings.noResources')} <Anchor component={Link} href="/bookings/resources">{t('bookings.resources')}</Anchor>
        </Alert>
      )}
      {week.error && <Alert color="red">{bookingError(t, week.error)}</Alert>}

      {(pending.data?.items.length ?? 0) > 0 && (
        <Paper withBorder p="sm">
          <Text fw={600} mb="xs">{t('bookings.toApprove', { count: pending.data!.items.length })}</Text>
          <Stack gap={4} data-testid="bookings-pending">
            {pending.data!.items.map((b) => (
              <Group key={b.id} justify="space-between" wrap="nowrap" align="center">
                <Text size="sm" style={{ flex: 1, minWidth: 0 }}>{b.resourceName} · {dayLabel(dayOf(b.startsAt, timeZone), i18n.language)} · {hoursOf(b.startsAt, b.endsAt, timeZone)} · {b.person.name}</Text>
                <Button size="xs" variant="light" onClick={() => setOpened(b)}>{t('bookings.decide')}</Button>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}

      {rooms.length > 0 && phone && <WeekAgenda days={days} bookings={shown} timeZone={timeZone} onOpen={setOpened} />}
      {rooms.length > 0 && !phone && (
        <Table.ScrollContainer minWidth={820}>
          <Table withTableBorder withColumnBorders verticalSpacing={4} layout="fixed" data-testid="bookings-calendar">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{t('bookings.fields.resource')}</Table.Th>
                {days.map((d) => <Table.Th key={d}>{dayLabel(d, i18n.language, { weekday: 'short', day: 'numeric', month: 'short' })}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rooms.map((room) => (
                <Table.Tr key={room.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/bookings/resources/${room.id}`} size="sm">{room.name}</Anchor>
                    {!room.active && <Badge size="xs" color="gray" ml={4}>{t('bookings.inactive')}</Badge>}
                  </Table.Td>
                  {days.map((d) => (
                    <Table.Td key={d} valign="top">
                      <Stack gap={4}>
                        {shown.filter((b) => b.resourceId === room.id && dayOf(b.startsAt, timeZone) === d).map((b) => <BookingChip key={b.id} booking={b} timeZone={timeZone} onOpen={() => setOpened(b)} />)}
                      </Stack>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="xs">
        {(['pending', 'confirmed'] as const).map((s) => <Badge key={s} color={BOOKING_STATE_COLOURS[s]} variant="light" c={STATE_TEXT[s]}>{t(`bookings.states.${s}`)}</Badge>)}
      </Group>
      <BookingDialog booking={opened} timeZone={timeZone} onClose={() => setOpened(null)} onChanged={refresh} />
      {propertyId && (
        <BookForResident
          opened={booking} propertyId={propertyId} resources={rooms} timeZone={timeZone} day={addDays(dayOf(new Date(), timeZone), 1)}
          onClose={() => setBooking(false)}
          onBooked={() => { setBooking(false); refresh(); }}
        />
      )}
    </Stack>
  );
}
