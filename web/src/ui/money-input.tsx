// An amount typed in the currency's units (euros) and handed on in cents, as the API counts.
import { NumberInput, type MantineSize } from '@mantine/core';
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
      value={valueCents === null ? '' : valueCents / 100}
      onChange={(value) => {
        const number = typeof value === 'number' ? value : Number.parseFloat(String(value).replace(/\s/g, '').replace(',', '.'));
        onChange(Number.isFinite(number) ? Math.round(number * 100) : null);
      }}
    />
  );
}
