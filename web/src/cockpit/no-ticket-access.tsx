// What a user without a ticket role (an app or master-data admin) sees instead of the tickets.
import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says the tickets belong to the service-center roles; the navigation offers the rest. */
export function NoTicketAccess() {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={2} id="page-title">
        {t('tickets.title')}
      </Title>
      <Text>{t('tickets.noAccess')}</Text>
    </div>
  );
}
