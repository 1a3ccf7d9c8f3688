// The settings form: every section, then "save"; the server's refusals show by field.
import { useRef, useState, type FormEvent } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { resetStaleErrors, staleErrorHandlers } from '../../ui/stale-errors.ts';
import { FormAlert } from '../shared/form-alert.tsx';
import { fieldErrors } from '../shared/errors.ts';
import { adminKeys } from '../shared/queries.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import type { SettingsAnswer } from '../../../../src/http/answers.ts';
import { AgencySection } from './agency-section.tsx';
import { AssistantsSection } from './assistants-section.tsx';
import { ContractorsSection } from './contractors-section.tsx';
import { DescriptionSection } from './description-section.tsx';
import { FeedbackSection } from './feedback-section.tsx';
import { NotifySection } from './notify-section.tsx';
import { PortalSection } from './portal-section.tsx';
import { RemindersSection } from './reminders-section.tsx';
import { localProblems, toForm, toPatch, type SettingsForm } from './settings-form.ts';
import { TimingSection } from './timing-section.tsx';
import { ToolsSection } from './tools-section.tsx';
import { COMMUNITY_TOOLS_KEY } from '../../community/community-tools.ts';

/** The form, filled from `answer`; saving sends every setting at once. */
export function SettingsEditor({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SettingsForm>(() => toForm(answer));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: unknown) => api.patch<SettingsAnswer>('/api/v1/settings', body),
    onSuccess: (next) => {
      queryClient.setQueryData(adminKeys.kind('settings'), next);
      // The navigation shows a tool's entry as soon as it is switched on (or off).
      void queryClient.invalidateQueries({ queryKey: COMMUNITY_TOOLS_KEY });
      setForm(toForm(next));
      setSaved(true);
    },
  });

  const set = (patch: Partial<SettingsForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setSaved(false);
  };
  const errors = { ...fieldErrors(t, save.error), ...local };

  const formElement = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    resetStaleErrors(formElement.current);
    const problems = localProblems(form, { ageOrder: t('admin.settings.timing.ageOrder'), required: t('admin.validation.required') });
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(toPatch(form));
  };

  const sectionProps = { form, set, errors };
  return (
    <form ref={formElement} onSubmit={submit} noValidate aria-labelledby="page-title" {...staleErrorHandlers}>
      <Stack gap="lg">
        <PortalSection {...sectionProps} />
        <ToolsSection {...sectionProps} />
        <ContractorsSection {...sectionProps} />
        <NotifySection {...sectionProps} />
        <AssistantsSection {...sectionProps} />
        <DescriptionSection {...sectionProps} />
        <RemindersSection {...sectionProps} />
        <TimingSection {...sectionProps} />
        <FeedbackSection {...sectionProps} />
        <AgencySection {...sectionProps} />
        <FormAlert title={t('admin.settings.notSaved')} error={save.error} localProblems={Object.keys(local).length > 0} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('admin.settings.save')}
          </Button>
          <SavedNotice message={saved ? t('admin.settings.saved') : null} />
        </Group>
      </Stack>
    </form>
  );
}
