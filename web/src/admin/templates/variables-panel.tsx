// The variables a template may use; a click inserts one where the caret was (subject or body).
import { Button, Paper, ScrollArea, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  variables: string[];
  /** Where a click inserts: the field the caret was last in. */
  target: string;
  onInsert: (name: string) => void;
}

/** A scrollable list of buttons, each named by what it inserts. */
export function VariablesPanel({ variables, target, onInsert }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="aside" aria-labelledby="variables-title" pos="sticky" top={80}>
      <Text fw={600} id="variables-title">
        {t('admin.templates.variables.title')}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {t('admin.templates.variables.help', { target })}
      </Text>
      <ScrollArea.Autosize mah={520} type="auto">
        <Stack gap={2} role="list">
          {variables.map((name) => (
            <div role="listitem" key={name}>
              <Button
                variant="subtle"
                size="compact-sm"
                justify="flex-start"
                fullWidth
                // The caret stays in the field: mouse down would move the focus first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(name)}
                h="auto"
                py={4}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              >
                <Stack gap={0} align="flex-start">
                  <Text size="sm" ff="monospace">
                    <VisuallyHidden>{t('admin.templates.variables.insert')} </VisuallyHidden>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`admin.templates.variables.names.${name.replaceAll('.', '_')}`, { defaultValue: '' })}
                  </Text>
                </Stack>
              </Button>
            </div>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
