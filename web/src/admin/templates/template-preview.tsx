// The template rendered with a real ticket of the agency, as its recipient would receive it:
// refreshed as the text changes (after a pause), with the unsaved subject and body. A user who
// may not read tickets (app or master-data admin) gets no ticket number field: the preview uses
// the example ticket, and says so.
import { useMemo, useState } from 'react';
import { Alert, Code, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api.ts';
import { adminErrorMessage } from '../shared/errors.ts';
import { IntegerInput } from '../shared/integer-input.tsx';
import { Loading } from '../shared/loading.tsx';
import type { TemplatePreviewAnswer as Preview, TemplateProblem } from '../../../../src/http/answers.ts';
import { useSession } from '../../session.ts';
import { TICKET_ROLES } from '../shared/option-lists.ts';
import { SmsFullCount } from './sms-full-count.tsx';
import { templatePath, type TemplateAddress } from './template-address.ts';
import { problemsOf, TemplateProblems } from './template-problems.tsx';

interface Props {
  address: TemplateAddress;
  subject: string;
  body: string;
  /** Parts of the body alone, for the full count's comparison. */
  bodyParts: number;
  /** Puts the caret where a problem the preview found is. */
  onGoTo: (problem: TemplateProblem) => void;
}

const PAUSE_MS = 500;

/** The ticket number input, then the rendered message (and for an SMS its full count). */
export function TemplatePreview({ address, subject, body, bodyParts, onGoTo }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const readsTickets = (session.data?.user.roles ?? []).some((role) => (TICKET_ROLES as readonly string[]).includes(role));
  const [ticketNumber, setTicketNumber] = useState<number | null>(null);
  // A string, not an object: a new object at every render would restart the pause forever.
  const [debounced] = useDebouncedValue(JSON.stringify({ subject, body, ticketNumber }), PAUSE_MS);
  const source = useMemo(() => JSON.parse(debounced) as { subject: string; body: string; ticketNumber: number | null }, [debounced]);
  const email = address.channel === 'email';
  const preview = useQuery({
    queryKey: ['admin', 'templates', 'preview', templatePath(address), source],
    queryFn: () =>
      api.post<Preview>(`${templatePath(address)}/preview`, {
        ...(readsTickets && source.ticketNumber !== null ? { ticketNumber: source.ticketNumber } : {}),
        body: source.body,
        ...(email ? { subject: source.subject } : {}),
      }),
    enabled: session.isSuccess && (!readsTickets || (source.ticketNumber !== null && source.ticketNumber > 0)) && source.body.trim() !== '',
    retry: false,
    placeholderData: keepPreviousData,
  });
  // Without a ticket number there is nothing to show, not even the last preview.
  const shown = !readsTickets || (ticketNumber !== null && source.ticketNumber !== null) ? preview.data : undefined;
  const notFound = preview.error instanceof ApiError && preview.error.status === 404;
  const invalid = preview.error instanceof ApiError && preview.error.code === 'invalid_template';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="preview-title">
      <Stack gap="sm">
        <Text fw={600} id="preview-title">
          {readsTickets ? t('admin.templates.preview.title') : t('admin.templates.preview.exampleTitle')}
        </Text>
        {readsTickets ? (
          <IntegerInput
            label={t('admin.templates.preview.ticketNumber')}
            description={t('admin.templates.preview.ticketNumberHelp')}
            value={ticketNumber}
            onChange={setTicketNumber}
            min={1}
            w={280}
          />
        ) : (
          <Text size="sm" c="dimmed" data-testid="preview-example-note">
            {t('admin.templates.preview.exampleNote')}
          </Text>
        )}
        {preview.isFetching && <Loading size="sm" label={t('admin.templates.preview.loading')} />}
        {invalid && <TemplateProblems problems={problemsOf(preview.error)} onGoTo={onGoTo} />}
        {preview.isError && !invalid && (
          <Alert role="alert" color="red" variant="light">
            {notFound ? t('admin.templates.preview.ticketNotFound', { number: source.ticketNumber }) : adminErrorMessage(t, preview.error)}
          </Alert>
        )}
        {shown && !preview.isError && (
          <Stack gap="sm" data-testid="template-preview">
            {email ? (
              <>
                <Text size="sm">
                  <Text span fw={600}>
                    {t('admin.templates.preview.subject')}
                  </Text>{' '}
                  <span data-testid="preview-subject">{shown.subject}</span>
                </Text>
                <Tabs defaultValue="html" keepMounted={false}>
                  <Tabs.List>
                    <Tabs.Tab value="html">{t('admin.templates.preview.html')}</Tabs.Tab>
                    <Tabs.Tab value="text">{t('admin.templates.preview.text')}</Tabs.Tab>
                  </Tabs.List>
                  <Tabs.Panel value="html" pt="xs">
                    <iframe
                      title={t('admin.templates.preview.htmlFrame')}
                      sandbox=""
                      srcDoc={shown.html ?? ''}
                      style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-gray-4)', background: 'white' }}
                    />
                  </Tabs.Panel>
                  <Tabs.Panel value="text" pt="xs">
                    {/* Focusable: a long text scrolls, and the keyboard must reach it. */}
                    <Code block tabIndex={0}>
                      {shown.text}
                    </Code>
                  </Tabs.Panel>
                </Tabs>
              </>
            ) : (
              <>
                <Code block data-testid="preview-sms-text" tabIndex={0}>
                  {shown.text}
                </Code>
                {shown.sms && <SmsFullCount sms={shown.sms} bodyParts={bodyParts} />}
              </>
            )}
          </Stack>
        )}
        {!shown && readsTickets && !preview.isError && !preview.isFetching && (
          <Text size="sm" c="dimmed">
            {email ? t('admin.templates.preview.askNumber') : t('admin.templates.preview.askNumberSms')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
