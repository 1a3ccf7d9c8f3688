// One template's page: its title, the way back to the list, and its form once loaded.
import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { ListState } from '../shared/list-state.tsx';
import { adminKeys } from '../shared/queries.ts';
import type { TemplateDetailAnswer as TemplateDetail } from '../../../../src/http/answers.ts';
import { templatePath, type TemplateAddress } from './template-address.ts';
import { TemplateForm } from './template-form.tsx';

/** Loads the template in force and shows its editor. */
export function TemplateEditor({ address }: { address: TemplateAddress }) {
  const { t } = useTranslation();
  const path = templatePath(address);
  const detail = useQuery({
    queryKey: adminKeys.one('templates', path),
    queryFn: () => api.get<TemplateDetail>(path),
    // The form keeps what is typed: a refetch must not replace it.
    refetchOnWindowFocus: false,
  });
  const title = t('admin.templates.editorTitle', {
    name: t(`admin.templates.names.${address.key}`, { defaultValue: address.key }),
    channel: t(`codes.channel.${address.channel}`),
    language: t(`admin.languages.${address.language}`),
  });
  return (
    <AdminPage
      title={title}
      description={t(`admin.templates.audienceHelp.${detail.data?.audience ?? 'contractor'}`)}
      actions={
        <Anchor component={Link} href="/admin/templates">
          {t('admin.templates.backToList')}
        </Anchor>
      }
    >
      <ListState pending={detail.isPending} error={detail.error} empty={false} emptyText="" />
      {detail.data && <TemplateForm key={path} address={address} detail={detail.data} />}
    </AdminPage>
  );
}
