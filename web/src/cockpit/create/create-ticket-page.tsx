// Creating a ticket at `/tickets/new`: a work order or a quote request, entered by the manager
// (after a phone call or a plain email). The form starts from the agency's settings: default
// description, visibility and reminder delays.
import { useEffect } from 'react';
import { Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { fieldProblems } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { lastListHref } from '../shared/last-list-search.ts';
import { useTicketDefaults } from '../shared/master-data.ts';
import { useSubmitTicket } from './submit-ticket.ts';
import { TicketForm } from './ticket-form.tsx';
import { emptyForm } from './ticket-form-state.ts';
import { HelpButton } from '../../tour/help-button.tsx';

/** The page. */
export default function CreateTicketPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const submit = useSubmitTicket();
  const defaults = useTicketDefaults();
  const problems = fieldProblems(submit.error);

  useEffect(() => {
    document.title = `${t('create.title')} — ${t('app.name')}`;
  }, [t]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2} id="page-title">
            {t('create.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('create.intro')}
          </Text>
        </div>
        <HelpButton screen="create" />
      </Group>
      {defaults.isPending ? (
        <Center p="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : (
        // Without the settings (not readable), the server applies the agency's defaults itself.
        <TicketForm
          initial={emptyForm(defaults.data)}
          validating={false}
          pending={submit.isPending}
          serverErrors={Object.fromEntries(problems.map((p) => [p.field, p.message]))}
          serverMessage={submit.error ? errorMessage(t, submit.error) : null}
          submitLabel={t('create.submit')}
          onSubmit={(state, module) => submit.mutate({ state, module })}
          onCancel={() => navigate(lastListHref())}
        />
      )}
    </Stack>
  );
}
