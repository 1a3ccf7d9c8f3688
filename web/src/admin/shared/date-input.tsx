// A calendar date picked with the browser's own control (`YYYY-MM-DD`), empty for none.
import { TextInput } from '@mantine/core';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  required?: boolean;
  min?: string;
}

/** A labelled `<input type="date">`. */
export function DateInput({ label, value, onChange, error, description, required, min }: Props) {
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      required={required}
      value={value}
      min={min}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
