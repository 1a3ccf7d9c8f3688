// One group of settings: a fieldset whose legend names it, as the seed groups them.
import type { ReactNode } from 'react';
import { Fieldset, Stack, Text } from '@mantine/core';

interface Props {
  legend: string;
  description?: string;
  children: ReactNode;
}

/** A titled, bordered group of inputs. */
export function SettingsSection({ legend, description, children }: Props) {
  return (
    <Fieldset legend={legend} styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}>
      <Stack gap="sm">
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {children}
      </Stack>
    </Fieldset>
  );
}
