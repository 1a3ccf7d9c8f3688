// One booking in the calendar, opened: who, what, when, its state and note; approve or refuse (a
// reason said to the resident) a pending one, cancel one that holds its slot.
import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { dayLabel, dayOf, hoursOf } from './booking-time.ts';
import { BOOKING_STATE_COLOURS, STATE_TEXT, bookingError, type Booking } from './booking-types.ts';

interface Props {
  booking: Booking | null;
  timeZone: string;
  onClose: () => void;
  onChanged: () => void;
}

export function BookingDialog({ booking, timeZone, onClose, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState<'refuse' | 'cancel' | null>(null);
  const act = useMutation({
    mutationFn: (action: 'approve' | 'refuse' | 'cancel') => api.post<Booking>(`/api/v1/bookings/${booking!.id}/${action}`, action === 'approve' ? {} : { reason: reason.trim() || (action === 'cancel' ? null : '') }),
    onSuccess: () => {
      setAsking(null);
      setReason('');
      onChanged();
      onClose();
    },
  });
  const close = () => {
    setAsking(null);
    setReason('');
    act.reset();
    onClose();
  };
  const holds = booking?.state === 'pending' || booking?.state === 'confirmed';
  return (
    <Modal opened={booking !== null} onClose={close} title={booking?.resourceName} size="md" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {booking && (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color={BOOKING_STATE_COLOURS[booking.state]} variant="light" c={STATE_TEXT[booking.state]}>{t(`bookings.states.${booking.state}`)}</Badge>
            {booking.bookedByStaff && <Badge variant="outline" color="gray">{t('bookings.byStaff')}</Badge>}
          </Group>
          <Text fw={600}>{booking.person.name}</Text>
          <Text>{dayLabel(dayOf(booking.startsAt, timeZone), i18n.language)} · {hoursOf(booking.startsAt, booking.endsAt, timeZone)}</Text>
          {booking.note && <Text size="sm" c="dimmed">{t('bookings.note', { note: booking.note })}</Text>}
          {booking.reason && <Text size="sm">{t('bookings.reason', { reason: booking.reason })}</Text>}
          {act.error && <Alert color="red">{bookingError(t, act.error)}</Alert>}
          {asking && (
            <Textarea
              label={t(asking === 'refuse' ? 'bookings.refuseReason' : 'bookings.cancelReason')}
              description={t('bookings.reasonHelp')}
              required={asking === 'refuse'}
              autosize minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            {booking.state === 'pending' && !asking && <Button onClick={() => act.mutate('approve')} loading={act.isPending}>{t('bookings.approve')}</Button>}
            {booking.state === 'pending' && !asking && <Button variant="default" onClick={() => setAsking('refuse')}>{t('bookings.refuse')}</Button>}
            {holds && !asking && <Button variant="subtle" color="red" onClick={() => setAsking('cancel')}>{t('bookings.cancel')}</Button>}
            {asking === 'refuse' && <Button color="red" disabled={!reason.trim()} loading={act.isPending} onClick={() => act.mutate('refuse')}>{t('bookings.refuseConfirm')}</Button>}
            {asking === 'cancel' && <Button color="red" loading={act.isPending} onClick={() => act.mutate('cancel')}>{t('bookings.cancelConfirm')}</Button>}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
