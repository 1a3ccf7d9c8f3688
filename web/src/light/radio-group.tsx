// A question with one answer among a few, each choice a large card to tap (Mantine's Radio.Group
// look: a label, the choices, the error under them).
import { useId } from 'react';

interface Props<T extends string> {
  label: string;
  choices: readonly { value: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string;
  required?: boolean;
}

/** The choices as radio buttons, named by the group's label. */
export function RadioGroup<T extends string>({ label, choices, value, onChange, error, required }: Props<T>) {
  const id = useId();
  return (
    <div role="radiogroup" className="field" aria-labelledby={`${id}-label`} aria-describedby={error ? `${id}-error` : undefined} aria-required={required || undefined} aria-invalid={error ? true : undefined}>
      <span id={`${id}-label`} className="field-label">
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            {' '}*
          </span>
        )}
      </span>
      <div className="stack-xs radio-choices">
        {choices.map((choice) => (
          <label key={choice.value} className="radio-card">
            <input type="radio" className="radio" name={id} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
