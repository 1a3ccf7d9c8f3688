// The people kept informed of the ticket's important steps, each with at least one channel.
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyParty, type PartyDraft } from './drafts.ts';
import { PartyEditor } from './party-editor.tsx';

interface Props {
  value: PartyDraft[];
  onChange: (value: PartyDraft[]) => void;
  propertyId: string | null;
  errors?: Record<string, string>;
}

/** A list of person editors with "add a person". */
export function WatchersEditor({ value, onChange, propertyId, errors = {} }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {value.map((watcher, index) => (
        <PartyEditor
          key={watcher.key}
          legend={t('party.watcher', { n: index + 1 })}
          value={watcher}
          onChange={(next) => onChange(value.map((w) => (w.key === next.key ? next : w)))}
          onRemove={() => onChange(value.filter((w) => w.key !== watcher.key))}
          propertyId={propertyId}
          errors={errors}
          prefix={`watchers.${index}.`}
        />
      ))}
      <Button variant="default" size="compact-sm" onClick={() => onChange([...value, emptyParty()])} style={{ alignSelf: 'flex-start' }}>
        {t('party.addWatcher')}
      </Button>
    </Stack>
  );
}
