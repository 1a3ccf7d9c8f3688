// The IMAP door: the mailbox the agency keeps, which Gardien reads. The password is never shown
// back; left empty, the stored one is kept (the server asks for it again for another server).
// "Read now" polls at once and shows what the poll did or why it failed.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, PasswordInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiRequest } from '../../api.ts';
import type { InboundImapAnswer } from '../../../../src/http/answers.ts';
import { useFormat } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { useFieldErrors } from '../shared/errors.ts';
import { IntegerInput } from '../shared/integer-input.tsx';
import { adminKeys } from '../shared/queries.ts';
import { SettingsSection } from '../settings/settings-section.tsx';

const KEY = adminKeys.kind('inbound-imap');
const EMPTY = { host: '', port: 993, secure: true, user: '', mailbox: 'INBOX', enabled: true };

/** The mailbox's form, its last poll, and its buttons. */
export function InboundMailbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: KEY, queryFn: () => api.get<InboundImapAnswer>('/api/v1/settings/inbound/imap') });
  const [form, setForm] = useState(EMPTY);
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const stored = current.data?.settings ?? null;
  useEffect(() => {
    if (current.data) setForm(current.data.settings ? { ...current.data.settings } : EMPTY);
  }, [current.data]);
  const done = (next: InboundImapAnswer, message: string) => {
    queryClient.setQueryData(KEY, next);
    setPassword('');
    setNotice(message);
  };
  const save = useMutation({
    mutationFn: () => apiRequest<InboundImapAnswer>('PUT', '/api/v1/settings/inbound/imap', { host: form.host.trim(), port: form.port, secure: form.secure, user: form.user.trim(), mailbox: form.mailbox.trim() || 'INBOX', enabled: form.enabled, ...(password ? { password } : {}) }),
    onMutate: () => setNotice(null),
    onSuccess: (next) => done(next, t('admin.inbound.imap.saved')),
  });
  const poll = useMutation({
    mutationFn: () => api.post<InboundImapAnswer>('/api/v1/settings/inbound/imap/poll'),
    onMutate: () => setNotice(null),
    onSuccess: (next) => done(next, t('admin.inbound.imap.polled')),
  });
  const remove = useMutation({
    mutationFn: () => api.delete<InboundImapAnswer>('/api/v1/settings/inbound/imap'),
    onMutate: () => setNotice(null),
    onSuccess: (next) => done(next, t('admin.inbound.imap.removed')),
  });
  const errors = useFieldErrors(save.error);
  const last = current.data?.lastPoll ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) => setForm((f) => ({ ...f, [key]: value }));

  return (
    <SettingsSection legend={t('admin.inbound.imap.title')} description={t('admin.inbound.imap.intro')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={520}>
          <Group grow align="flex-start">
            <TextInput label={t('admin.inbound.imap.host')} placeholder="imap.example.fr" required value={form.host} onChange={(e) => set('host', e.currentTarget.value)} error={errors.host} />
            <IntegerInput label={t('admin.inbound.imap.port')} required min={1} max={65535} value={form.port} onChange={(value) => set('port', value ?? 993)} error={errors.port} w={120} />
          </Group>
          <Switch label={t('admin.inbound.imap.secure')} description={t('admin.inbound.imap.secureHint')} checked={form.secure} onChange={(e) => set('secure', e.currentTarget.checked)} />
          <TextInput label={t('admin.inbound.imap.user')} required autoComplete="off" value={form.user} onChange={(e) => set('user', e.currentTarget.value)} error={errors.user} />
          <PasswordInput
            label={t('admin.inbound.imap.password')}
            description={stored?.hasPassword ? t('admin.inbound.imap.passwordKept') : undefined}
            required={!stored?.hasPassword}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <TextInput label={t('admin.inbound.imap.mailbox')} value={form.mailbox} onChange={(e) => set('mailbox', e.currentTarget.value)} error={errors.mailbox} />
          <Switch label={t('admin.inbound.imap.enabled')} checked={form.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" loading={poll.isPending} disabled={!stored?.enabled} onClick={() => poll.mutate()}>
              {t('admin.inbound.imap.pollNow')}
            </Button>
            {stored && (
              <ConfirmButton
                variant="subtle"
                color="red"
                loading={remove.isPending}
                label={t('admin.inbound.imap.remove')}
                title={t('admin.inbound.imap.removeTitle')}
                question={t('admin.inbound.imap.removeQuestion')}
                confirmLabel={t('admin.inbound.imap.removeConfirm')}
                onConfirm={() => remove.mutate()}
              />
            )}
            {/* SavedNotice's look, with a test id of its own (the page's other section has one). */}
            <Text role="status" size="sm" c="teal.9" fw={600} data-testid="inbound-imap-notice">
              {notice ?? ''}
            </Text>
          </Group>
        </Stack>
      </form>
      {last && (
        <Text size="sm" c={last.error ? 'red.8' : undefined} data-testid="inbound-imap-last-poll">
          {last.error && last.errorText
            ? t('admin.inbound.imap.lastPollFailed', { at: format.dateTime(last.at), reason: last.errorText[currentLanguage() === 'en' ? 'en' : 'fr'] })
            : t('admin.inbound.imap.lastPoll', { at: format.dateTime(last.at), taken: last.taken, left: last.left })}
        </Text>
      )}
      <ErrorAlert error={save.error ?? poll.error ?? remove.error} title={t('admin.inbound.imap.notSaved')} />
    </SettingsSection>
  );
}
