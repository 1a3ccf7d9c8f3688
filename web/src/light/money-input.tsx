// An amount typed in the currency's units (euros, the locale's decimal separator) and handed on
// in cents, as the API counts; once typed, it is written back the locale's way ("1 245,50").
import { useState } from 'react';
import { useFormat } from './light-format.ts';
import { TextInput } from './fields.tsx';

/** The largest amount accepted, in the currency's units (the cockpit's MoneyInput's limit). */
const MAX_UNITS = 100_000_000;

/** Cents from what was typed, or null when it is not an amount (empty, letters, three decimals). */
export function parseAmount(text: string, locale: string): number | null {
  let plain = text.replace(/[\s\u00a0\u202f]/g, '');
  // English groups thousands with commas; French writes its decimals with one (a dot is taken too).
  plain = locale.startsWith('en') ? plain.replace(/,/g, '') : plain.replace(',', '.');
  if (!/^\d+(\.\d{0,2})?$/.test(plain)) return null;
  const units = Number(plain);
  return Number.isFinite(units) && units <= MAX_UNITS ? Math.round(units * 100) : null;
}

interface Props {
  label: string;
  currency: string;
  valueCents: number | null;
  onChange: (cents: number | null) => void;
  error?: string;
  required?: boolean;
  description?: string;
}

/** Euros with at most two decimals and the currency's symbol after them. */
export function MoneyInput({ label, currency, valueCents, onChange, error, required, description }: Props) {
  const format = useFormat();
  const shown = (cents: number | null) =>
    cents === null ? '' : new Intl.NumberFormat(format.locale, { minimumFractionDigits: cents % 100 ? 2 : 0, maximumFractionDigits: 2 }).format(cents / 100);
  const [text, setText] = useState(() => shown(valueCents));
  // Another language writes the same amount its own way.
  const [locale, setLocale] = useState(format.locale);
  if (locale !== format.locale) {
    setLocale(format.locale);
    if (valueCents !== null) setText(shown(valueCents));
  }
  return (
    <TextInput
      label={label}
      description={description}
      error={error}
      required={required}
      inputMode="decimal"
      autoComplete="off"
      suffix={format.currencySymbol(currency)}
      value={text}
      onChange={(typed) => {
        // Only what an amount is made of: digits, separators, spaces.
        const next = typed.replace(/[^\d.,\s\u00a0\u202f]/g, '');
        setText(next);
        onChange(parseAmount(next, format.locale));
      }}
      onBlur={() => {
        if (valueCents !== null) setText(shown(valueCents));
      }}
    />
  );
}
