// Validating a pending request ("?") at `/tickets/:number/validate`: the creation form,
// pre-filled with what the request brought; the manager chooses work order or quote request,
// the contractors, and completes the rest. The request's photos and documents (an inspection
// note's, a web form's) are shown above the form.
import { useEffect } from 'react';
import { Alert, Anchor, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { fieldProblems } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useTicket } from '../shared/ticket-queries.ts';
import { useSubmitTicket } from './submit-ticket.ts';
import { TicketForm } from './ticket-form.tsx';
import { formOfTicket } from './ticket-form-state.ts';
import { DocumentsCarousel } from '../ticket/documents-carousel.tsx';

/** The page. */
export default function ValidateTicketPage({ params }: { params: { number?: string } }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const number = Number(params.number);
  const ticket = useTicket(number);
  const submit = useSubmitTicket(number);
  const problems = fieldProblems(submit.error);

  useEffect(() => {
    document.title = `${t('create.validateTitle', { number })} — ${t('app.name')}`;
  }, [number, t]);

  const title = (
    <Title order={2} id="page-title">
      {t('create.validateTitle', { number })}
    </Title>
  );
  if (ticket.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (ticket.isError || ticket.data.type !== 'PENDING' || ticket.data.closedAt) {
    return (
      <Stack>
        {title}
        <Alert role="alert" color="red">
          {ticket.isError ? errorMessage(t, ticket.error) : t('create.notPending')}
        </Alert>
        <Anchor component={Link} href={`/tickets/${number}`}>
          {t('create.backToTicket')}
        </Anchor>
      </Stack>
    );
  }
  const requester = ticket.data.requester;
  return (
    <Stack gap="md">
      <div>
        {title}
        <Text c="dimmed" size="sm">
          {t('create.validateIntro')}
        </Text>
      </div>
      {ticket.data.documents.length > 0 && (
        <section aria-labelledby="request-photos-title">
          <Title order={3} size="h5" id="request-photos-title" mb="xs">
            {t('create.requestPhotos')}
          </Title>
          <DocumentsCarousel documents={ticket.data.documents} />
        </section>
      )}
      <TicketForm
        initial={formOfTicket(ticket.data)}
        validating
        requesterText={requester ? [requester.name, requester.email, requester.phone].filter(Boolean).join(', ') : ''}
        pending={submit.isPending}
        serverErrors={Object.fromEntries(problems.map((p) => [p.field, p.message]))}
        serverMessage={submit.error ? errorMessage(t, submit.error) : null}
        submitLabel={t('create.validateSubmit')}
        onSubmit={(state, module) => submit.mutate({ state, module })}
        onCancel={() => navigate(`/tickets/${number}`)}
      />
    </Stack>
  );
}
