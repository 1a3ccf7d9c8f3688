// A whole number typed in a labelled input; an emptied input is null (the server then says what
// it needs).
import { NumberInput } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  error?: string;
  description?: ReactNode;
  suffix?: string;
  w?: number | string;
  disabled?: boolean;
  required?: boolean;
}

/** NumberInput for integers only. */
export function IntegerInput({ label, value, onChange, min, max, error, description, suffix, w, disabled, required }: Props) {
  return (
    <NumberInput
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(next) => {
        if (typeof next === 'number') onChange(Number.isFinite(next) ? Math.trunc(next) : null);
        else {
          const parsed = Number.parseInt(next, 10);
          onChange(Number.isNaN(parsed) ? null : parsed);
        }
      }}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      error={error}
      suffix={suffix}
      w={w}
      disabled={disabled}
      required={required}
    />
  );
}
