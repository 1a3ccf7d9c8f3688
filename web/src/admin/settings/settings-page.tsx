// /admin/settings: the agency's settings (DOMAIN.md §11), grouped as the seed's "Paramètres".
import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { ListState } from '../shared/list-state.tsx';
import { adminKeys } from '../shared/queries.ts';
import type { SettingsAnswer } from '../../../../src/http/answers.ts';
import { DefaultAttachmentsSection } from './default-attachments-section.tsx';
import { WebformSection } from './webform-section.tsx';
import { SettingsEditor } from './settings-editor.tsx';

/** The page: loads the settings, then shows their form and the default attachments (saved apart). */
export default function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: adminKeys.kind('settings'),
    queryFn: () => api.get<SettingsAnswer>('/api/v1/settings'),
  });
  return (
    <AdminPage
      title={t('admin.settings.title')}
      description={t('admin.settings.intro')}
      actions={
        <>
          <Button component={Link} href="/admin/templates" variant="default">
            {t('admin.nav.templates')}
          </Button>
          <Button component={Link} href="/admin/categories" variant="default">
            {t('admin.nav.categories')}
          </Button>
          <Button component={Link} href="/admin/inbound" variant="default">
            {t('admin.nav.inbound')}
          </Button>
        </>
      }
    >
      <ListState pending={settings.isPending} error={settings.error} empty={false} emptyText="" />
      {settings.data && <SettingsEditor answer={settings.data} />}
      {settings.data && <DefaultAttachmentsSection />}
      {settings.data && <WebformSection />}
    </AdminPage>
  );
}
