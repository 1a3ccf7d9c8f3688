// The ticket form in the seed's three parts; used to create a ticket and to validate a pending
// request (pre-filled).
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Group, List, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { resetStaleErrors, staleErrorHandlers } from '../../ui/stale-errors.ts';
import { useProperties } from '../shared/master-data.ts';
import { OptionsSection } from './options-section.tsx';
import { PlacePeopleSection } from './place-people-section.tsx';
import { SubjectSection } from './subject-section.tsx';
import { missingFields, type TicketFormState } from './ticket-form-state.ts';

interface Props {
  initial: TicketFormState;
  validating: boolean;
  requesterText?: string;
  pending: boolean;
  /** The server's refusals by field, and its message when no field is named. */
  serverErrors: Record<string, string>;
  serverMessage: string | null;
  submitLabel: string;
  onSubmit: (state: TicketFormState, module: 'syndic' | 'gerance' | undefined) => void;
  onCancel: () => void;
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The form; checks the required fields before sending. */
export function TicketForm({ initial, validating, requesterText, pending, serverErrors, serverMessage, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const properties = useProperties();
  const [state, setState] = useState(initial);
  const [missing, setMissing] = useState<string[]>([]);
  const module = properties.data?.find((p) => p.id === state.propertyId)?.module;
  const change = (patch: Partial<TicketFormState>) => setState((current) => ({ ...current, ...patch }));
  const localErrors = Object.fromEntries(missing.map((field) => [field, t(`create.missing.${field}`)]));
  const errors = { ...serverErrors, ...localErrors };
  const problems = Object.entries(errors);

  const formElement = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resetStaleErrors(formElement.current);
    const missingNow = missingFields(state);
    setMissing(missingNow);
    if (missingNow.length === 0) onSubmit(state, module);
  };

  return (
    <form ref={formElement} onSubmit={submit} noValidate {...staleErrorHandlers}>
      <Stack gap="md">
        {(problems.length > 0 || serverMessage) && (
          <Alert role="alert" color="red" title={t('create.fix')}>
            {serverMessage && problems.length === 0 && serverMessage}
            <List size="sm">
              {problems.map(([field, message]) => (
                <List.Item key={field}>
                  {t('common.labelled', { label: t(`fields.${field}`, { defaultValue: field }) })} {message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Part id="part-place" title={t('create.part1')}>
          <PlacePeopleSection state={state} onChange={change} errors={errors} validating={validating} requesterText={requesterText} />
        </Part>
        <Part id="part-subject" title={t('create.part2')}>
          <SubjectSection state={state} onChange={change} errors={errors} />
        </Part>
        <Part id="part-options" title={t('create.part3')}>
          <OptionsSection state={state} onChange={change} errors={errors} module={module ?? 'syndic'} />
        </Part>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
