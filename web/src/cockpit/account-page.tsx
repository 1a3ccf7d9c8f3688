// /account: the signed-in user's own account: who they are, and their API tokens.
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiTokensSection } from '../admin/users/api-tokens-section.tsx';
import { useSession } from '../session.ts';

/** The account page. */
export default function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={2} id="page-title">{t('account.title')}</Title>
        {session.data && <Text c="dimmed">{t('account.signedInAs', { name: session.data.user.name, email: session.data.user.email })}</Text>}
      </div>
      <ApiTokensSection path="/api/v1/me/tokens" />
    </Stack>
  );
}
