// The editor of one template: subject (email) and body (an email's as a word processor, with its
// Liquid source for experts), the variables inserted at the cursor, the honest SMS counter, the
// problems by line, save, reset to the default, the live preview beside it, and a warning before
// unsaved changes are left behind.
import { useCallback, useRef, useState } from 'react';
import { Badge, Button, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../../api.ts';
import { countSms } from '../../../../src/domain/messages/sms-count.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { FormAlert } from '../shared/form-alert.tsx';
import { adminKeys } from '../shared/queries.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import type { TemplateDetailAnswer as TemplateDetail, TemplateProblem } from '../../../../src/http/answers.ts';
import { SmsCounter } from './sms-counter.tsx';
import { templatePath, type TemplateAddress } from './template-address.ts';
import { TemplatePreview } from './template-preview.tsx';
import { problemsOf, TemplateProblems } from './template-problems.tsx';
import { insertAt, offsetOf, variableToken } from './text-position.ts';
import { TemplateBodyField, type BodyFieldHandle } from './template-body-field.tsx';
import { UnsavedChangesGuard } from '../../ui/unsaved-changes-guard.tsx';
import { VariablesPanel } from './variables-panel.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

type Field = 'subject' | 'body';

interface Props {
  address: TemplateAddress;
  detail: TemplateDetail;
}

/** The form, filled from the template in force. */
export function TemplateForm({ address, detail }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const email = address.channel === 'email';
  const [current, setCurrent] = useState(detail);
  const [subject, setSubject] = useState(detail.subject ?? '');
  const [body, setBody] = useState(detail.body);
  const [lastField, setLastField] = useState<Field>('body');
  const [saved, setSaved] = useState<string | null>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyField = useRef<BodyFieldHandle>(null);
  const path = templatePath(address);

  const accept = (next: TemplateDetail, message: string) => {
    queryClient.setQueryData(adminKeys.one('templates', path), next);
    void queryClient.invalidateQueries({ queryKey: adminKeys.kind('templates'), exact: true });
    setCurrent(next);
    setSubject(next.subject ?? '');
    setBody(next.body);
    setSaved(message);
  };
  const save = useMutation({
    mutationFn: () => apiRequest<TemplateDetail>('PUT', path, email ? { subject, body } : { body }),
    onSuccess: (next) => accept(next, t('admin.templates.saved')),
  });
  const reset = useMutation({
    mutationFn: () => apiRequest<TemplateDetail>('DELETE', path),
    onSuccess: (next) => accept(next, t('admin.templates.resetDone')),
  });

  const dirty = body !== current.body || (email && subject !== (current.subject ?? ''));
  const setValue = (field: Field, value: string) => {
    (field === 'subject' ? setSubject : setBody)(value);
    setSaved(null);
  };
  const setBodyValue = useCallback((value: string) => setValue('body', value), []);

  const placeSubjectCaret = (offset: number) => {
    requestAnimationFrame(() => {
      subjectRef.current?.focus();
      subjectRef.current?.setSelectionRange(offset, offset);
    });
  };
  const insertVariable = (name: string) => {
    if (!email || lastField === 'body') return bodyField.current?.insert(name);
    const element = subjectRef.current;
    const start = element?.selectionStart ?? subject.length;
    const next = insertAt(subject, variableToken(name), start, element?.selectionEnd ?? start);
    setValue('subject', next.text);
    placeSubjectCaret(next.caret);
  };
  const goTo = (problem: TemplateProblem) => {
    if (problem.field === 'subject' && email) return placeSubjectCaret(offsetOf(subject, problem.line, problem.column));
    bodyField.current?.goTo(problem.line, problem.column);
  };

  const focusBody = useCallback(() => setLastField('body'), []);
  const saveProblems = problemsOf(save.error);
  const otherError = [save.error, reset.error].find((error) => error && !(error instanceof ApiError && error.code === 'invalid_template'));
  const bodyParts = email ? 0 : countSms(body).parts;

  return (
    <>
      <UnsavedChangesGuard dirty={dirty} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8, xl: 5 }}>
          <Stack gap="md">
            <Group gap="xs">
              <Badge variant="light">{t(`codes.channel.${address.channel}`)}</Badge>
              <Badge variant="light">{t(`admin.languages.${address.language}`)}</Badge>
              <StatusBadge tone={current.customised ? 'info' : 'neutral'}>
                {current.customised ? t('admin.templates.customised') : t('admin.templates.default')}
              </StatusBadge>
              {current.withLink && <Text size="sm">{t('admin.templates.linkAdded')}</Text>}
              {current.withIcs && <Text size="sm">{t('admin.templates.icsAdded')}</Text>}
            </Group>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                save.mutate();
              }}
              noValidate
            >
              <Stack gap="md">
                {email && (
                  <TextInput
                    ref={subjectRef}
                    label={t('admin.templates.field.subject')}
                    description={t('admin.templates.subjectHelp')}
                    required
                    value={subject}
                    onFocus={() => setLastField('subject')}
                    onChange={(event) => setValue('subject', event.currentTarget.value)}
                    maxLength={500}
                  />
                )}
                <TemplateBodyField email={email} value={body} onChange={setBodyValue} onFocus={focusBody} handle={bodyField} />
                {!email && <SmsCounter text={body} onReplace={(next) => setValue('body', next)} />}
                <TemplateProblems problems={saveProblems} onGoTo={goTo} />
                <FormAlert title={t('admin.templates.notSaved')} error={otherError} />
                <Group gap="sm">
                  <Button type="submit" loading={save.isPending} disabled={!dirty}>
                    {t('admin.templates.save')}
                  </Button>
                  <Button
                    variant="default"
                    disabled={!dirty}
                    onClick={() => {
                      setSubject(current.subject ?? '');
                      setBody(current.body);
                      save.reset();
                    }}
                  >
                    {t('admin.templates.revert')}
                  </Button>
                  <ConfirmButton
                    variant="default"
                    color="red.9"
                    disabled={!current.customised}
                    loading={reset.isPending}
                    label={t('admin.templates.reset')}
                    title={t('admin.templates.resetTitle')}
                    question={t('admin.templates.resetQuestion')}
                    confirmLabel={t('admin.templates.resetConfirm')}
                    onConfirm={() => reset.mutate()}
                  />
                  <SavedNotice message={saved} />
                </Group>
              </Stack>
            </form>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4, xl: 3 }}>
          <VariablesPanel
            variables={current.variables}
            target={email && lastField === 'subject' ? t('admin.templates.field.subject') : t('admin.templates.field.body')}
            onInsert={insertVariable}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <TemplatePreview address={address} subject={subject} body={body} bodyParts={bodyParts} onGoTo={goTo} />
        </Grid.Col>
      </Grid>
    </>
  );
}
