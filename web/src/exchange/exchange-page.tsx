// The page of a contractor or an approver (no account): `/x` after their personal link set the
// page's cookie, `/x?problem=…` when the link did not work, `/x?view=help` for the guide.
// Made for a phone first: one column, large targets, tap to call.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Center, CloseButton, Container, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnsweredContext, problemOf, useExchangeView } from './exchange-api.ts';
import { stepOf, useExchangeFormat } from './exchange-format.ts';
import { ExchangeHeader } from './exchange-header.tsx';
import { asLanguage, pageLanguage, useExchangeLanguage } from './exchange-language.ts';
import { isProblem, type ExchangeView, type Problem } from './exchange-types.ts';
import { ApproverQuotes } from './approver-quotes.tsx';
import { ContractorActions, ActionCard } from './contractor-actions.tsx';
import { MessageForm } from './contractor-forms.tsx';
import { DocumentsSection } from './documents-section.tsx';
import { HelpPanel } from './help-page.tsx';
import { ProblemPanel, UnavailablePanel } from './problem-page.tsx';
import { AgencySection, ContactSection, PlaceSection, RequestSection } from './request-details.tsx';

// Error texts in Mantine's default red are too light on white: the page uses a darker one.
const pageStyle = { '--mantine-color-error': 'var(--mantine-color-red-9)', minHeight: '100dvh', background: 'var(--mantine-color-gray-0)' } as const;

/** Header, then the page's content in one column. */
function Shell({ children, agency, ticketNumber, withHelp }: { children: ReactNode; agency?: string; ticketNumber?: number; withHelp?: boolean }) {
  return (
    <div style={pageStyle}>
      <ExchangeHeader agency={agency} ticketNumber={ticketNumber} withHelp={withHelp} />
      <Container component="main" size={720} px="md" pb="xl">
        {children}
      </Container>
    </div>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** The sentence confirming an answer. */
function confirmation(t: ReturnType<typeof useTranslation>['t'], action: string, view: ExchangeView): string {
  if (action === 'accept' && view.role === 'contractor' && view.dispatch.kind === 'quote') return t('exchange.done.accept_quote');
  return t(`exchange.done.${action}`, { defaultValue: t('exchange.done.other') });
}

/** The party's page once the view is read. */
function ViewPage({ view }: { view: ExchangeView }) {
  const { t } = useTranslation();
  const format = useExchangeFormat();
  const step = stepOf(t, view, format);
  const [done, setDone] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${step.title} – ${t('exchange.header.ticket', { number: view.ticket.number })}`;
  }, [step.title, t, view.ticket.number]);

  const answered = useCallback(
    (action: string, next: ExchangeView) => {
      setDone(confirmation(t, action, next));
      if (action === 'message') setWriting(false);
    },
    [t],
  );
  useEffect(() => {
    if (!done) return;
    doneRef.current?.focus();
    doneRef.current?.scrollIntoView?.({ block: 'center' });
  }, [done]);

  const write = () => {
    setWriting(true);
    requestAnimationFrame(() => {
      messageRef.current?.scrollIntoView?.({ block: 'start' });
      messageRef.current?.querySelector('textarea')?.focus();
    });
  };

  const contractor = view.role === 'contractor' ? view : undefined;
  const approver = view.role === 'approver' ? view : undefined;
  const appointment = contractor?.dispatch.appointment;
  const hasSteps = contractor ? contractor.actions.some((action) => action !== 'message') : (approver?.quotes.some((quote) => quote.actions.length > 0) ?? false);
  const canWrite = view.actions.includes('message');

  return (
    <AnsweredContext.Provider value={answered}>
      <Stack gap="md" mt="md">
        <Title order={1} size="h2">
          {step.title}
        </Title>
        {done && (
          <Alert
            ref={doneRef}
            tabIndex={-1}
            style={{ outline: 'none' }}
            role="status"
            color="teal"
            variant="light"
            title={t('exchange.done.title')}
            data-testid="exchange-confirmation"
            withCloseButton={false}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="md">{done}</Text>
              <CloseButton size="lg" aria-label={t('exchange.done.dismiss')} onClick={() => setDone(null)} />
            </Group>
          </Alert>
        )}
        <Paper withBorder radius="md" p="md" style={{ borderInlineStart: '6px solid var(--mantine-color-teal-7)' }} data-testid="exchange-step" data-state={contractor?.dispatch.state ?? view.role}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed" fw={600}>
              {t('exchange.step.label')}
            </Text>
            <Text size="lg" fw={600}>
              {step.text}
            </Text>
            {appointment && (
              <Text size="md">
                {t('exchange.step.appointment', { when: format.when(appointment.startsAt) })}
                {appointment.durationMinutes ? ` · ${t('exchange.step.duration', { duration: format.minutes(appointment.durationMinutes) })}` : ''}
              </Text>
            )}
            {hasSteps && (
              <Button component="a" href="#x-actions" size="md" variant="light" onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById('x-actions');
                target?.scrollIntoView?.({ block: 'start' });
                target?.focus();
              }}>
                {t('exchange.step.answer')}
              </Button>
            )}
          </Stack>
        </Paper>

        <RequestSection view={view} />
        <PlaceSection view={view} />
        {contractor && <ContactSection view={contractor} />}
        <AgencySection view={view} onWrite={canWrite ? write : undefined} />
        {/* With one quote to approve, its documents are shown with it. */}
        <DocumentsSection documents={approver?.quotes.length === 1 ? view.documents.filter((d) => d.kind !== 'quote') : view.documents} />

        {contractor && <ContractorActions key={`${contractor.dispatch.kind}.${contractor.dispatch.state}.${contractor.actions.join(',')}`} view={contractor} />}
        {approver && <ApproverQuotes view={approver} />}

        {canWrite && (
          <div ref={messageRef}>
            <ActionCard id="x-message" title={t('exchange.message.title')} open={writing} onToggle={() => setWriting((open) => !open)}>
              <Stack gap="sm">
                <Text size="md">{t('exchange.message.text')}</Text>
                <MessageForm onCancel={() => setWriting(false)} />
              </Stack>
            </ActionCard>
          </div>
        )}
      </Stack>
    </AnsweredContext.Provider>
  );
}

/** `/x`: the view read through the cookie, or the page saying why it cannot be shown. */
function SessionPage({ search }: { search: URLSearchParams }) {
  const query = useExchangeView(true);
  const problem = problemOf(query.error);
  const target = query.data ? (asLanguage(query.data.language) ?? 'fr') : problem ? pageLanguage(search) : undefined;
  const ready = useExchangeLanguage(target);

  if (problem) {
    return (
      <Shell>
        {ready ? <ProblemPanel problem={problem} /> : <Loading />}
      </Shell>
    );
  }
  if (!query.data) {
    return <Shell>{query.isError ? <UnavailablePanel onRetry={() => void query.refetch()} pending={query.isFetching} /> : <Loading />}</Shell>;
  }
  return (
    <Shell agency={query.data.agency.name} ticketNumber={query.data.ticket.number}>
      {ready ? <ViewPage view={query.data} /> : <Loading />}
    </Shell>
  );
}

function ProblemPage({ problem, search }: { problem: Problem; search: URLSearchParams }) {
  const ready = useExchangeLanguage(pageLanguage(search));
  return <Shell>{ready ? <ProblemPanel problem={problem} /> : <Loading />}</Shell>;
}

function HelpPage({ search }: { search: URLSearchParams }) {
  const ready = useExchangeLanguage(pageLanguage(search));
  return <Shell withHelp={false}>{ready ? <HelpPanel /> : <Loading />}</Shell>;
}

/** The exchange page: the help, a link's problem, or the party's view. */
export default function ExchangePage() {
  const search = useMemo(() => new URLSearchParams(window.location.search), []);
  if (search.get('view') === 'help') return <HelpPage search={search} />;
  const problem = search.get('problem');
  if (problem !== null) return <ProblemPage problem={isProblem(problem) ? problem : 'link_invalid'} search={search} />;
  return <SessionPage search={search} />;
}
