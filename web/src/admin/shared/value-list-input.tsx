// Several values of one kind (emails, phones), one input each, the first being the main one;
// an error the server gives for `emails.1` shows under the second input.
import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The field's name in the API (`emails`), to find its errors. */
  field: string;
  label: string;
  /** The label of one input, given its 1-based position. */
  itemLabel: (position: number) => string;
  addLabel: string;
  values: string[];
  onChange: (values: string[]) => void;
  errors: Record<string, string>;
  type?: 'email' | 'tel';
  max?: number;
}

/** A labelled group of inputs with "add" and, on each, "remove". */
export function ValueListInput({ field, label, itemLabel, addLabel, values, onChange, errors, type = 'email', max = 10 }: Props) {
  const { t } = useTranslation();
  const set = (index: number, value: string) => onChange(values.map((v, i) => (i === index ? value : v)));
  return (
    <Fieldset legend={label} variant="unstyled" styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)' } }}>
      <Stack gap={6}>
        {values.map((value, index) => (
          <Group key={index} gap={6} align="flex-start" wrap="nowrap">
            <TextInput
              flex={1}
              type={type}
              label={itemLabel(index + 1)}
              value={value}
              onChange={(event) => set(index, event.currentTarget.value)}
              error={errors[`${field}.${index}`]}
              autoComplete="off"
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red.9"
              size="lg"
              aria-label={t('admin.common.removeItem', { item: itemLabel(index + 1) })}
              onClick={() => onChange(values.filter((_, i) => i !== index))}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        ))}
        {values.length < max && (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => onChange([...values, ''])}>
              {addLabel}
            </Button>
          </Group>
        )}
        {errors[field] && (
          <Text size="xs" c="red.9">
            {errors[field]}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

/** The values to send: trimmed, the empty ones left out. */
export function cleanValues(values: string[]): string[] {
  return values.map((value) => value.trim()).filter(Boolean);
}
