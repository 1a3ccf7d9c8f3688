// An amount typed in the currency's units (euros) and handed on in cents, as the API counts.
import { NumberInput, type MantineSize } from '@mantine/core';
import { useState } from 'react';
import { useFormat } from '../i18n/format.ts';

interface Props {
  label: string;
  currency: string;
  valueCents: number | null;
  onChange: (cents: number | null) => void;
  error?: string;
  required?: boolean;
  description?: string;
  /** `md` on the parties' phone pages. */
  size?: MantineSize;
  hideControls?: boolean;
}

/** Euros with two decimals, the locale's separators, and the currency symbol as suffix. */
export function MoneyInput({ label, currency, valueCents, onChange, error, required, description, size, hideControls }: Props) {
  const format = useFormat();
  const french = format.locale.startsWith('fr');
  // The field keeps what Mantine hands back ("245." while the decimals are being typed): fed the
  // parent's rounded number instead, a keystroke that lands after the re-render goes before the
  // fixed ",00" and "245,5" becomes "2 455,00". The parent's value is taken again only when it
  // changes to another amount (a reset, a prefilled form).
  const [text, setText] = useState<string | number>(() => (valueCents === null ? '' : valueCents / 100));
  const [seen, setSeen] = useState(valueCents);
  if (seen !== valueCents) {
    setSeen(valueCents);
    if (toCents(text) !== valueCents) setText(valueCents === null ? '' : valueCents / 100);
  }
  return (
    <NumberInput
      size={size}
      hideControls={hideControls}
      inputMode="decimal"
      label={label}
      description={description}
      required={required}
      error={error}
      min={0}
      max={100_000_000}
      decimalScale={2}
      // 245,50 stays 245,50 (not 245,5): always the currency's two decimals.
      fixedDecimalScale
      allowNegative={false}
      decimalSeparator={french ? ',' : '.'}
      thousandSeparator={french ? ' ' : ','}
      suffix={` ${format.currencySymbol(currency)}`}
      value={text}
      onChange={(value) => {
        const cents = toCents(value);
        setText(value);
        setSeen(cents);
        onChange(cents);
      }}
    />
  );
}

/** Cents from what the field holds: a number, or the text being typed ("245." or "245,5"). */
function toCents(value: string | number): number | null {
  const number = typeof value === 'number' ? value : Number.parseFloat(String(value).replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(number) ? Math.round(number * 100) : null;
}
