// Emails and mobile numbers (several of each, separated by commas or semicolons, as the seed's
// users type them) and the channels to use.
import { SimpleGrid, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChannelsInput } from '../../ui/channels-input.tsx';

interface Props {
  emails: string[];
  phones: string[];
  channels: string[];
  onChange: (patch: { emails?: string[]; phones?: string[]; channels?: string[] }) => void;
  errors?: Record<string, string | undefined>;
  /** The prefix of the server's field names (`contractors.0.`), to show its refusals here. */
  prefix?: string;
}

const SPLIT = [',', ';', ' '];

/** The three fields side by side. */
export function ContactFields({ emails, phones, channels, onChange, errors = {}, prefix = '' }: Props) {
  const { t } = useTranslation();
  const error = (field: string) =>
    Object.entries(errors).find(([key]) => key === `${prefix}${field}` || key.startsWith(`${prefix}${field}.`))?.[1];
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TagsInput
          label={t('fields.emails')}
          description={t('fields.severalHint')}
          splitChars={SPLIT}
          acceptValueOnBlur
          clearable={false}
          value={emails}
          onChange={(value) => onChange({ emails: value })}
          error={error('emails')}
        />
        <TagsInput
          label={t('fields.phones')}
          description={t('fields.severalHint')}
          splitChars={[',', ';']}
          acceptValueOnBlur
          value={phones}
          onChange={(value) => onChange({ phones: value })}
          error={error('phones')}
        />
      </SimpleGrid>
      <ChannelsInput label={t('fields.channels')} value={channels} onChange={(value) => onChange({ channels: value })} error={error('channels')} />
    </>
  );
}
