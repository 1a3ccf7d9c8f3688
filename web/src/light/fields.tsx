// The light pages' form fields: a label, an optional description, the control, and the error
// under it, tied together for screen readers (aria-describedby, aria-invalid) as Mantine does.
import { useId, useLayoutEffect, useRef, useState, type InputHTMLAttributes, type ReactElement, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  description?: string;
  error?: string;
  required?: boolean;
}

/** The ids a control needs: its own, and those of the texts that describe it. */
interface FieldIds {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  required?: boolean;
}

/** Label, description, control (given the ids it needs), error. */
export function Field({ label, description, error, required, children, after }: FieldProps & { children: (ids: FieldIds) => ReactElement; after?: ReactNode }) {
  const id = useId();
  const described = [description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      {description && (
        <p className="field-description" id={`${id}-description`}>
          {description}
        </p>
      )}
      {children({ id, 'aria-describedby': described || undefined, 'aria-invalid': error ? true : undefined, required })}
      {after}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'required'> & { value: string; onChange: (value: string) => void; suffix?: string };

/** A one-line input (text, email, date, time…). */
export function TextInput({ label, description, error, required, value, onChange, suffix, className, ...rest }: InputProps) {
  return (
    <Field label={label} description={description} error={error} required={required}>
      {(ids) => (
        <div className={suffix ? 'input-wrap has-suffix' : 'input-wrap'}>
          <input {...rest} {...ids} className={['input', className].filter(Boolean).join(' ')} value={value} onChange={(event) => onChange(event.currentTarget.value)} />
          {suffix && (
            <span className="input-suffix" aria-hidden="true">
              {suffix}
            </span>
          )}
        </div>
      )}
    </Field>
  );
}

/** A password, with a button to show it. */
export function PasswordInput({ showLabel, ...props }: Omit<InputProps, 'type' | 'suffix'> & { showLabel: string }) {
  const [shown, setShown] = useState(false);
  const { label, description, error, required, value, onChange, ...rest } = props;
  return (
    <Field label={label} description={description} error={error} required={required}>
      {(ids) => (
        <div className="input-wrap has-toggle">
          <input {...rest} {...ids} type={shown ? 'text' : 'password'} className="input" value={value} onChange={(event) => onChange(event.currentTarget.value)} />
          <button type="button" className="input-toggle" aria-label={showLabel} aria-pressed={shown} onClick={() => setShown((s) => !s)}>
            <svg width="18" height="18" viewBox="0 0 15 15" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M7.5 11c-2.7 0-4.92-1.64-5.9-3.5C2.58 5.64 4.8 4 7.5 4s4.92 1.64 5.9 3.5C12.42 9.36 10.2 11 7.5 11Zm0-8C4.24 3 1.6 5.07.52 7.32a.42.42 0 0 0 0 .36C1.6 9.93 4.24 12 7.5 12s5.9-2.07 6.98-4.32a.42.42 0 0 0 0-.36C13.4 5.07 10.76 3 7.5 3Zm0 6.5a2 2 0 1 1 0-4 2 2 0 0 1 0 4Z"
              />
            </svg>
          </button>
        </div>
      )}
    </Field>
  );
}

/** A comment or a message: three lines to start with, growing with the text up to ten. */
export function TextArea({ label, description, error, required, value, onChange, placeholder }: FieldProps & { value: string; onChange: (value: string) => void; placeholder?: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    // Empty, its three rows are its height: no measuring (which would make the browser lay the
    // page out again for each text area while the page first draws).
    if (!value) {
      area.style.height = '';
      area.style.overflowY = '';
      return;
    }
    area.style.height = 'auto';
    const style = getComputedStyle(area);
    const line = Number.parseFloat(style.lineHeight) || 24;
    const padding = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
    const border = area.offsetHeight - area.clientHeight;
    const [min, max] = [line * 3 + padding + border, line * 10 + padding + border];
    const wanted = area.scrollHeight + border;
    area.style.height = `${Math.min(Math.max(wanted, min), max)}px`;
    area.style.overflowY = wanted > max ? 'auto' : 'hidden';
  }, [value]);
  return (
    <Field label={label} description={description} error={error} required={required}>
      {(ids) => <textarea {...ids} ref={ref} rows={3} className="input textarea" placeholder={placeholder} value={value} onChange={(event) => onChange(event.currentTarget.value)} />}
    </Field>
  );
}

/** The phone's own list picker. */
export function NativeSelect({ label, description, error, required, value, onChange, children }: FieldProps & { value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <Field label={label} description={description} error={error} required={required}>
      {(ids) => (
        <div className="input-wrap has-chevron">
          <select {...ids} className="input select" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
            {children}
          </select>
          <svg className="select-chevron" width="15" height="15" viewBox="0 0 15 15" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M4.93 5.43a.6.6 0 0 1 .85 0L7.5 7.15l1.72-1.72a.6.6 0 1 1 .85.85L7.93 8.43a.6.6 0 0 1-.86 0L4.93 6.28a.6.6 0 0 1 0-.85Z" />
          </svg>
        </div>
      )}
    </Field>
  );
}
