// How a party is contacted: by email, by SMS, or both.
import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/** Two boxes, "email" and "SMS", in a labelled group. */
export function ChannelsInput({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange} error={error}>
      <Group gap="lg" mt={4}>
        <Checkbox value="email" label={t('codes.channel.email')} />
        <Checkbox value="sms" label={t('codes.channel.sms')} />
      </Group>
    </Checkbox.Group>
  );
}
