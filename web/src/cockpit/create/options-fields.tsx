// The ticket's options (DOMAIN.md §4): silent mode, on-site check-in (work orders), notify
// watchers of reminders, who sees it in the portal, and (rental management) the owner's name.
import { Group, Radio, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../shared/labels.ts';

export interface TicketOptions {
  silent: boolean;
  presenceCheck: boolean;
  notifyReminders: boolean;
  visibility: string;
  sendOwnerName: boolean;
}

interface Props {
  value: TicketOptions;
  onChange: (value: TicketOptions) => void;
  module: 'syndic' | 'gerance';
  kind: 'work_order' | 'quote';
  /** Silent mode has its own switch on the ticket page; the edit form leaves it out. */
  withSilent?: boolean;
  /** Offer "the agency's default" (value '') for the visibility, at creation. */
  withAgencyDefault?: boolean;
}

export const VISIBILITY_CHOICES = {
  syndic: ['requester', 'council', 'all_coowners'],
  gerance: ['requester', 'tenant', 'owner'],
} as const;

/** Switches and the visibility choice. */
export function OptionsFields({ value, onChange, module, kind, withSilent = true, withAgencyDefault = false }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const patch = (changes: Partial<TicketOptions>) => onChange({ ...value, ...changes });
  return (
    <Stack gap="sm">
      {withSilent && (
        <Switch label={t('options.silent')} description={t('options.silentHint')} checked={value.silent} onChange={(e) => patch({ silent: e.currentTarget.checked })} />
      )}
      {kind === 'work_order' ? (
        <Switch label={t('options.presenceCheck')} description={t('options.presenceCheckHint')} checked={value.presenceCheck} onChange={(e) => patch({ presenceCheck: e.currentTarget.checked })} />
      ) : null}
      <Switch label={t('options.notifyReminders')} checked={value.notifyReminders} onChange={(e) => patch({ notifyReminders: e.currentTarget.checked })} />
      {module === 'gerance' && (
        <Switch label={t('options.sendOwnerName')} checked={value.sendOwnerName} onChange={(e) => patch({ sendOwnerName: e.currentTarget.checked })} />
      )}
      <Radio.Group label={t('options.visibility')} value={value.visibility} onChange={(visibility) => patch({ visibility })}>
        <Group mt={4}>
          {withAgencyDefault && <Radio value="" label={t('options.visibilityDefault')} />}
          {VISIBILITY_CHOICES[module].map((choice) => (
            <Radio key={choice} value={choice} label={labels.visibility(choice)} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
