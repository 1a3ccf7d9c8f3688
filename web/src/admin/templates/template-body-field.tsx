// A template's body. An email body opens in rich mode (liquid-body-editor.tsx, loaded lazily)
// when every construct of its Liquid has a chip, else in source mode with the reason; the
// "Source Liquid" switch shows the raw text to experts and, switched off, parses it back. An SMS
// body stays plain text (its counter is the form's).
import { lazy, Suspense, useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Alert, Group, Input, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../shared/loading.tsx';
import type { RichBodyHandle } from './liquid-body-editor.tsx';
import { richDocumentOf, type RichModeRefusal } from './liquid-document.ts';
import { insertAt, offsetOf, variableToken } from './text-position.ts';

const LiquidBodyEditor = lazy(() => import('./liquid-body-editor.tsx'));

export interface BodyFieldHandle {
  /** Inserts a variable where the cursor is: a chip in rich mode, `{{ name }}` in source mode. */
  insert: (name: string) => void;
  /** Shows the source at a problem's line and column. */
  goTo: (line: number, column: number) => void;
}

interface Props {
  email: boolean;
  value: string;
  onChange: (value: string) => void;
  onFocus: () => void;
  handle: Ref<BodyFieldHandle>;
}

const refusalOf = (source: string): RichModeRefusal | null => {
  const rich = richDocumentOf(source);
  return rich.ok ? null : rich.refusal;
};

/** The switch, the reason a body stays in source mode, and the body in its mode. */
export function TemplateBodyField({ email, value, onChange, onFocus, handle }: Props) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<RichModeRefusal | null>(() => (email ? refusalOf(value) : null));
  const [source, setSource] = useState(() => !email || refusal !== null);
  const [caret, setCaret] = useState<number | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const rich = useRef<RichBodyHandle>(null);
  const labelId = useId();
  const descriptionId = useId();

  // Places the caret once the source textarea is on screen (after a switch to source mode).
  useEffect(() => {
    if (caret === null || !source) return;
    const element = textarea.current;
    element?.focus();
    element?.setSelectionRange(caret, caret);
    setCaret(null);
  }, [caret, source]);

  useImperativeHandle(handle, () => ({
    insert: (name) => {
      if (!source) return rich.current?.insertVariable(name);
      const element = textarea.current;
      const start = element?.selectionStart ?? value.length;
      const next = insertAt(value, variableToken(name), start, element?.selectionEnd ?? start);
      onChange(next.text);
      requestAnimationFrame(() => setCaret(next.caret));
    },
    goTo: (line, column) => {
      setSource(true);
      setCaret(offsetOf(value, line, column));
    },
  }), [source, value, onChange]);

  const toggle = (wantSource: boolean) => {
    if (wantSource) return setSource(true);
    const why = refusalOf(value);
    setRefusal(why);
    if (!why) setSource(false);
  };
  const label = t('admin.templates.field.body');
  const description = !email
    ? t('admin.templates.bodyHelpSms')
    : source
      ? t('admin.templates.bodyHelp', { example: variableToken('ticket.number') })
      : t('admin.templates.rich.help');

  return (
    <Stack gap={6}>
      {email && (
        <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-end">
          <Text size="xs" c="dimmed">
            {source ? t('admin.templates.rich.sourceOn', { variable: '{{ … }}', tag: '{% … %}' }) : t('admin.templates.rich.sourceOff')}
          </Text>
          <Switch label={t('admin.templates.rich.source')} checked={source} onChange={(event) => toggle(event.currentTarget.checked)} data-testid="source-switch" />
        </Group>
      )}
      {email && source && refusal && (
        <Alert color="yellow" variant="light" data-testid="source-only" title={t('admin.templates.rich.stays')}>
          <Text size="sm">
            {t(`admin.templates.rich.why.${refusal.reason}`, { construct: refusal.construct, line: refusal.line })}
          </Text>
        </Alert>
      )}
      {source ? (
        <Textarea
          ref={textarea}
          label={label}
          description={description}
          required
          autosize
          minRows={email ? 10 : 4}
          maxRows={30}
          value={value}
          onFocus={onFocus}
          onChange={(event) => onChange(event.currentTarget.value)}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          spellCheck
        />
      ) : (
        <Input.Wrapper label={label} description={description} required labelProps={{ id: labelId }} descriptionProps={{ id: descriptionId }}>
          <Suspense fallback={<Loading size="sm" label={t('admin.templates.rich.loading')} />}>
            <LiquidBodyEditor
              value={value}
              onChange={onChange}
              onFocus={onFocus}
              labelId={labelId}
              descriptionId={descriptionId}
              handle={rich}
              onRefuse={(why) => {
                setRefusal(why);
                setSource(true);
              }}
            />
          </Suspense>
        </Input.Wrapper>
      )}
    </Stack>
  );
}
