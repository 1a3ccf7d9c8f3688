// A date and time picked with the browser's own control, handed on as an ISO instant.
import { TextInput } from '@mantine/core';

interface Props {
  label: string;
  /** The value as `<input type="datetime-local">` holds it: `YYYY-MM-DDTHH:mm`, local time. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  description?: string;
}

/** The local value of an instant, for the input. */
export function toLocalInput(value: Date | string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO instant of the input's local value, or undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A labelled `datetime-local` input. */
export function DateTimeInput({ label, value, onChange, error, required, description }: Props) {
  return (
    <TextInput
      type="datetime-local"
      label={label}
      description={description}
      required={required}
      error={error}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
