// The tab bar of the "Rapports" section: one tab per page of report-pages.tsx that has one.
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { reportsPages } from './report-pages.tsx';

export function ReportsTabs() {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const tabs = reportsPages.filter((p) => p.tab);
  // A report's own page sits under the "Rapports" tab.
  const current = tabs.find((p) => p.path === location)?.path ?? '/reports';
  return (
    <Tabs value={current} onChange={(value) => value && navigate(value)} mb="md">
      <Tabs.List>
        {tabs.map((p) => (
          <Tabs.Tab key={p.path} value={p.path}>
            {t(p.tab!)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
