// An amount typed in the currency's units (euros) and handed on in cents, as the API counts.
import { NumberInput } from '@mantine/core';
import { useFormat } from '../i18n/format.ts';

interface Props {
  label: string;
  currency: string;
  valueCents: number | null;
  onChange: (cents: number | null) => void;
  error?: string;
  required?: boolean;
  description?: string;
}

/** Euros with two decimals, the locale's separators, and the currency symbol as suffix. */
export function MoneyInput({ label, currency, valueCents, onChange, error, required, description }: Props) {
  const format = useFormat();
  const french = format.locale.startsWith('fr');
  const symbol = format.currencySymbol(currency);
  return (
    <NumberInput
      label={label}
      description={description}
      required={required}
      error={error}
      min={0}
      decimalScale={2}
      allowNegative={false}
      decimalSeparator={french ? ',' : '.'}
      thousandSeparator={french ? ' ' : ','}
      suffix={` ${symbol}`}
      value={valueCents === null ? '' : valueCents / 100}
      onChange={(value) => {
        const number = typeof value === 'number' ? value : Number.parseFloat(String(value).replace(',', '.'));
        onChange(Number.isFinite(number) ? Math.round(number * 100) : null);
      }}
    />
  );
}
