// The outbox's filters: state, channel, ticket number.
import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IntegerInput } from '../shared/integer-input.tsx';
import { OUTBOX_STATES } from '../../../../src/domain/messages/outbox-states.ts';

export interface OutboxFilter {
  state: string | null;
  channel: string | null;
  ticket: number | null;
}

interface Props {
  filter: OutboxFilter;
  onChange: (filter: OutboxFilter) => void;
}

/** Three labelled inputs. */
export function OutboxFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const all = { value: '', label: t('admin.outbox.any') };
  return (
    <Group gap="sm" align="flex-end">
      <NativeSelect
        label={t('admin.outbox.state')}
        value={filter.state ?? ''}
        onChange={(e) => onChange({ ...filter, state: e.currentTarget.value || null })}
        data={[all, ...OUTBOX_STATES.map((code) => ({ value: code, label: t(`admin.outbox.states.${code}`) }))]}
        w={200}
      />
      <NativeSelect
        label={t('admin.outbox.channel')}
        value={filter.channel ?? ''}
        onChange={(e) => onChange({ ...filter, channel: e.currentTarget.value || null })}
        data={[all, { value: 'email', label: t('codes.channel.email') }, { value: 'sms', label: t('codes.channel.sms') }]}
        w={160}
      />
      <IntegerInput label={t('admin.outbox.ticket')} value={filter.ticket} onChange={(ticket) => onChange({ ...filter, ticket })} min={1} w={180} />
    </Group>
  );
}

/** The filter in the address bar's query string, and back. */
export function filterFrom(params: URLSearchParams): OutboxFilter {
  const ticket = Number.parseInt(params.get('ticket') ?? '', 10);
  const state = params.get('state');
  const channel = params.get('channel');
  return {
    state: state && (OUTBOX_STATES as readonly string[]).includes(state) ? state : null,
    channel: channel === 'email' || channel === 'sms' ? channel : null,
    ticket: Number.isInteger(ticket) && ticket > 0 ? ticket : null,
  };
}

/** The API's query string of a filter. */
export function filterQuery(filter: OutboxFilter): string {
  const params = new URLSearchParams();
  if (filter.ticket) params.set('ticket', String(filter.ticket));
  if (filter.state) params.set('state', filter.state);
  if (filter.channel) params.set('channel', filter.channel);
  return params.toString();
}
