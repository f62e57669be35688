import { commonCurrencies, currencyChoices } from '../../../shared/contract/currency';
import { currencyLabel } from '../../../shared/format/money';

/** What "no currency" reads as: money then shows as plain numbers, with no symbol. */
export const NO_CURRENCY_LABEL = 'Not set (plain numbers)';

// Intl's list does not change while the app runs.
const others = currencyChoices().slice(commonCurrencies.length);

interface CurrencySelectProps {
  /** The ISO code chosen, or null for not set. */
  value: string | null;
  onChange: (currency: string | null) => void;
  /** For a select without a visible label of its own. */
  'aria-label'?: string;
  id?: string;
  disabled?: boolean;
}

/** A currency picker: not set, then the common currencies, then every other one Intl knows, each as "GBP · British Pound". */
export const CurrencySelect = ({ value, onChange, disabled = false, ...rest }: CurrencySelectProps) => {
  // A code main knows but this engine's list lacks still shows as chosen.
  const unlisted =
    value !== null && !(commonCurrencies as readonly string[]).includes(value) && !others.includes(value);
  return (
    <select
      className="select"
      value={value ?? ''}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      {...rest}
    >
      <option value="">{NO_CURRENCY_LABEL}</option>
      {unlisted && <option value={value}>{currencyLabel(value)}</option>}
      <optgroup label="Common">
        {commonCurrencies.map((code) => (
          <option key={code} value={code}>
            {currencyLabel(code)}
          </option>
        ))}
      </optgroup>
      <optgroup label="All others">
        {others.map((code) => (
          <option key={code} value={code}>
            {currencyLabel(code)}
          </option>
        ))}
      </optgroup>
    </select>
  );
};
