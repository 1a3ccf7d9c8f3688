// /admin/templates: the list of email and SMS templates, or one template's editor when the
// address names it (?key=…&channel=…&language=…).
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { AdminPage } from '../shared/admin-page.tsx';
import { addressFrom } from './template-address.ts';
import { TemplateEditor } from './template-editor.tsx';
import { TemplateList } from './template-list.tsx';

/** The list, or the editor of the template in the address. */
export default function TemplatesPage() {
  const { t } = useTranslation();
  const address = addressFrom(useSearch());
  if (address) return <TemplateEditor address={address} />;
  return (
    <AdminPage title={t('admin.templates.title')} description={t('admin.templates.intro')}>
      <TemplateList />
    </AdminPage>
  );
}
