// /reset-password: the public page of a password reset. With the link's secret (in the address's
// fragment, never sent to a server) the staff member chooses a new password; without one, they
// ask for a link by email ("forgot password"), with the same answer whether the address is known.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Anchor, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { LanguageMenu } from '../ui/language-menu.tsx';

const MIN_LENGTH = 10;

/** The form that sets the new password with the secret of the link. */
function ChoosePassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reset = useMutation({ mutationFn: () => api.post<void>('/api/v1/auth/password-reset', { token, password }) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password.length < MIN_LENGTH) return setProblem(t('account.reset.tooShort', { count: MIN_LENGTH }));
    if (password !== repeat) return setProblem(t('account.reset.mismatch'));
    setProblem(null);
    reset.mutate();
  };

  if (reset.isSuccess) {
    return (
      <Stack>
        <Alert role="status" color="green" title={t('account.reset.done')}>
          {t('account.reset.doneHelp')}
        </Alert>
        <Button component="a" href="/">
          {t('account.reset.signIn')}
        </Button>
      </Stack>
    );
  }
  const expired = reset.error instanceof ApiError && reset.error.code === 'reset_link_invalid';
  return (
    <form onSubmit={submit}>
      <Stack>
        <Text size="sm">{t('account.reset.intro')}</Text>
        {reset.isError && (
          <Alert role="alert" color="red" variant="light">
            {expired ? t('account.reset.invalidLink') : errorMessage(t, reset.error)}
            {expired && (
              <>
                {' '}
                <Anchor href="/reset-password">{t('account.reset.askAgain')}</Anchor>
              </>
            )}
          </Alert>
        )}
        <PasswordInput
          label={t('account.reset.password')}
          description={t('account.reset.passwordHelp', { count: MIN_LENGTH })}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <PasswordInput
          label={t('account.reset.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={problem}
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <Button type="submit" loading={reset.isPending} fullWidth>
          {t('account.reset.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** "Forgot password": asks for a link by email. */
function AskForLink() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const ask = useMutation({ mutationFn: () => api.post<{ accepted: true }>('/api/v1/auth/password-reset/request', { email: email.trim() }) });
  if (ask.isSuccess) {
    return (
      <Alert role="status" color="blue" title={t('account.forgot.sent')}>
        {t('account.forgot.sentHelp')}
      </Alert>
    );
  }
  return (
    <form onSubmit={(event) => { event.preventDefault(); ask.mutate(); }}>
      <Stack>
        <Text size="sm">{t('account.forgot.intro')}</Text>
        {ask.isError && (
          <Alert role="alert" color="red" variant="light">
            {errorMessage(t, ask.error)}
          </Alert>
        )}
        <TextInput label={t('login.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <Button type="submit" loading={ask.isPending} fullWidth>
          {t('account.forgot.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The page: choose the password when the address carries a link's secret, else ask for a link. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [token, setToken] = useState(() => window.location.hash.replace(/^#/, ''));
  // A link opened in the tab that asked for it changes only the fragment.
  useEffect(() => {
    const follow = () => setToken(window.location.hash.replace(/^#/, ''));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return (
    <Stack mih="100vh" gap={0}>
      <Group justify="flex-end" p="sm">
        <LanguageMenu />
      </Group>
      <Center component="main" flex={1} p="md">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
          <Stack>
            <Title order={1} size="h3">
              {token ? t('account.reset.title') : t('account.forgot.title')}
            </Title>
            {token ? <ChoosePassword token={token} /> : <AskForLink />}
            <Anchor href="/" size="sm">
              {t('account.backToSignIn')}
            </Anchor>
          </Stack>
        </Paper>
      </Center>
    </Stack>
  );
}
