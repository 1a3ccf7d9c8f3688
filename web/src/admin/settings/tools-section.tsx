// "Outils": the cockpit's other tools (DOMAIN.md §15), each switched on for the agency or not,
// and the staff roles given it. A tool off is absent from the cockpit's navigation and the portal.
import { Checkbox, Group, Stack, Switch, Text } from '@mantine/core';
import { IntegerInput } from '../shared/integer-input.tsx';
import { REPORTS_TO_HIDE_RANGE } from '../../../../src/domain/community/news.ts';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../src/domain/roles.ts';
import { COMMUNITY_TOOL_CODES, type CommunityTool } from '../../../../src/domain/community/tools.ts';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

export function ToolsSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation();
  const change = (tool: CommunityTool, patch: Partial<SectionProps['form']['communityTools'][CommunityTool]>) =>
    set({ communityTools: { ...form.communityTools, [tool]: { ...form.communityTools[tool], ...patch } } });
  return (
    <SettingsSection legend={t('tools.legend')}>
      <Text size="sm" c="dimmed">{t('tools.help')}</Text>
      {COMMUNITY_TOOL_CODES.map((tool) => (
        <Stack key={tool} gap={6}>
          <Switch label={t(`tools.names.${tool}`)} description={t(`tools.descriptions.${tool}`)} checked={form.communityTools[tool].enabled} onChange={(e) => change(tool, { enabled: e.currentTarget.checked })} />
          {form.communityTools[tool].enabled && (
            <Checkbox.Group label={t('tools.roles')} value={form.communityTools[tool].roles} onChange={(roles) => change(tool, { roles: roles as typeof ROLES[number][] })} ml="xl">
              <Group mt={4}>
                {ROLES.map((role) => (
                  <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
          {tool === 'news' && form.communityTools.news.enabled && (
            <Group ml="xl" align="end" data-testid="news-settings">
              <Switch label={t('news.settings.residentsMayPost')} description={t('news.settings.residentsMayPostHelp')} checked={form.newsResidentsMayPost} onChange={(e) => set({ newsResidentsMayPost: e.currentTarget.checked })} />
              <IntegerInput
                label={t('news.settings.reportsToHide')} description={t('news.settings.reportsToHideHelp')} w={220}
                min={REPORTS_TO_HIDE_RANGE.min} max={REPORTS_TO_HIDE_RANGE.max} value={form.newsReportsToHide} onChange={(newsReportsToHide) => set({ newsReportsToHide })}
                error={errors['news.reportsToHide']}
              />
            </Group>
          )}
        </Stack>
      ))}
    </SettingsSection>
  );
}
