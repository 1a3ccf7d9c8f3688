// "Réserver pour un résident": a manager books a room for a resident of the property — confirmed
// at once; the opening hours, the step, the lengths and closed periods still apply (the notice,
// the horizon and the limit per resident do not).
import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { instantOf } from './booking-time.ts';
import { bookingError, type Booking, type Resource } from './booking-types.ts';

interface Props {
  opened: boolean;
  propertyId: string;
  resources: Resource[];
  timeZone: string;
  day: string;
  onClose: () => void;
  onBooked: (booking: Booking) => void;
}

export function BookForResident({ opened, propertyId, resources, timeZone, day: initialDay, onClose, onBooked }: Props) {
  const { t } = useTranslation();
  const residents = useQuery({
    queryKey: ['booking-residents', propertyId],
    queryFn: () => api.get<{ items: { id: string; name: string }[] }>(`/api/v1/bookings/residents?propertyId=${propertyId}`),
    enabled: opened,
  });
  const [resourceId, setResourceId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [day, setDay] = useState(initialDay);
  const [from, setFrom] = useState('10:00');
  const [to, setTo] = useState('12:00');
  const [note, setNote] = useState('');
  const startsAt = instantOf(day, from, timeZone);
  const endsAt = instantOf(day, to, timeZone);
  const book = useMutation({
    mutationFn: () => api.post<Booking>('/api/v1/bookings', { resourceId, personId, startsAt, endsAt, note: note.trim() || null }),
    onSuccess: (booking) => {
      setNote('');
      onBooked(booking);
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('bookings.forResident.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Select label={t('bookings.fields.resource')} required data={resources.filter((r) => r.active).map((r) => ({ value: r.id, label: r.name }))} value={resourceId} onChange={setResourceId} />
        <Select label={t('bookings.forResident.resident')} required searchable data={(residents.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} value={personId} onChange={setPersonId} nothingFoundMessage={t('bookings.forResident.nobody')} />
        <TextInput label={t('bookings.forResident.day')} type="date" required value={day} onChange={(e) => setDay(e.currentTarget.value)} />
        <Group grow>
          <TextInput label={t('bookings.forResident.from')} type="time" required value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput label={t('bookings.forResident.to')} type="time" required value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </Group>
        <Textarea label={t('bookings.forResident.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {book.error && <Alert color="red">{bookingError(t, book.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('bookings.close')}</Button>
          <Button disabled={!resourceId || !personId || !startsAt || !endsAt} loading={book.isPending} onClick={() => book.mutate()}>{t('bookings.forResident.book')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
