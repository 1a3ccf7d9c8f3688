// "Show only this party" (the seed's simplified reading): the history then shows only what
// concerns that contractor or person.
import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartyFilter } from '../shared/party-filter.ts';

interface Props {
  name: string;
  target: NonNullable<PartyFilter>;
  filter: PartyFilter;
  onFilter: (filter: PartyFilter) => void;
}

const same = (a: PartyFilter, b: PartyFilter) => JSON.stringify(a) === JSON.stringify(b);

/** A switch per party; turning one on turns the others off. */
export function PartyFilterSwitch({ name, target, filter, onFilter }: Props) {
  const { t } = useTranslation();
  return (
    <Switch
      size="xs"
      className="gardien-no-print"
      label={t('ticket.onlyThisParty')}
      aria-label={t('ticket.onlyThisPartyNamed', { name })}
      checked={same(filter, target)}
      onChange={(event) => onFilter(event.currentTarget.checked ? target : null)}
    />
  );
}
