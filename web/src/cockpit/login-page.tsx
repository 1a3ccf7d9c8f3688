// The staff sign-in page: email and password, one message per refusal.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Anchor, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message.ts';
import { useSignIn } from '../session.ts';
import { sessionExpired } from '../session-expiry.ts';
import { LanguageMenu } from '../ui/language-menu.tsx';

/** Asks for the staff member's credentials and opens a session. */
export default function LoginPage() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Read once: the notice stays while the user signs in again (the address is kept, so they
  // return to the screen they were on).
  const [expired] = useState(sessionExpired);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <Stack mih="100vh" gap={0}>
      <Group justify="flex-end" p="sm">
        <LanguageMenu />
      </Group>
      <Center component="main" flex={1} p="md">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={400}>
          <form onSubmit={submit}>
            <Stack>
              <div>
                <Title order={1} size="h2">
                  {t('app.name')}
                </Title>
                <Text c="dimmed" size="sm">
                  {t('app.tagline')}
                </Text>
              </div>
              <Title order={2} size="h4">
                {t('login.title')}
              </Title>
              {expired && !signIn.isError && (
                <Alert role="status" color="yellow" variant="light" data-testid="session-expired">
                  {t('login.sessionExpired')}
                </Alert>
              )}
              {signIn.isError && (
                <Alert role="alert" color="red" variant="light" title={t('login.failed')}>
                  {errorMessage(t, signIn.error)}
                </Alert>
              )}
              <TextInput
                label={t('login.email')}
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
              />
              <PasswordInput
                label={t('login.password')}
                name="password"
                autoComplete="current-password"
                visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <Button type="submit" loading={signIn.isPending} fullWidth>
                {t('login.submit')}
              </Button>
              <Anchor href="/reset-password" size="sm" ta="center">
                {t('login.forgot')}
              </Anchor>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Stack>
  );
}
