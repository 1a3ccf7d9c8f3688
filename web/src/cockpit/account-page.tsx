// /account: the signed-in user's own account: who they are, and their API tokens.
import { Group, Stack, Text, Title } from '@mantine/core';
import { HelpButton } from '../tour/help-button.tsx';
import { useTranslation } from 'react-i18next';
import { ApiTokensSection } from '../admin/users/api-tokens-section.tsx';
import { useSession } from '../session.ts';

/** The account page. */
export default function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Stack gap="lg" maw={1000}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2} id="page-title">{t('account.title')}</Title>
          {session.data && <Text c="dimmed">{t('account.signedInAs', { name: session.data.user.name, email: session.data.user.email })}</Text>}
        </div>
        <HelpButton screen="account" />
      </Group>
      <ApiTokensSection path="/api/v1/me/tokens" />
    </Stack>
  );
}
