/**
 * How a file writes numbers. DuckDB takes one decimal separator and one thousands separator
 * per file, so the style is decided for the whole file, from every column's samples.
 */
export interface NumberStyle {
  decimal: '.' | ',';
  /** The thousands separator, when the file uses one. */
  thousands: ',' | '.' | null;
}

export const PLAIN_NUMBERS: NumberStyle = { decimal: '.', thousands: null };

const DOT_DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const DOT_DECIMAL_COMMA_THOUSANDS = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const COMMA_DECIMAL = /^[-+]?\d+(?:,\d+)?$/;
const COMMA_DECIMAL_DOT_THOUSANDS = /^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** Unmistakably a decimal comma: a comma followed by other than exactly three digits. */
const SURE_COMMA_DECIMAL = /^[-+]?\d+,(?:\d{1,2}|\d{4,})$/;
/** Unmistakably a decimal point: a point followed by other than exactly three digits. */
const SURE_DOT_DECIMAL = /^[-+]?\d*\.(?:\d{1,2}|\d{4,})$/;

/** Whether a trimmed value is a number written in `style`. */
export const isNumberIn = (value: string, style: NumberStyle): boolean => {
  const text = value.trim();
  if (text === '') return false;
  if (style.decimal === '.') {
    return DOT_DECIMAL.test(text) || (style.thousands === ',' && DOT_DECIMAL_COMMA_THOUSANDS.test(text));
  }
  return COMMA_DECIMAL.test(text) || (style.thousands === '.' && COMMA_DECIMAL_DOT_THOUSANDS.test(text));
};

/** Decides the file's number style from the sample values of all its columns. */
export const detectNumberStyle = (columns: readonly (readonly string[])[]): NumberStyle => {
  let commaDecimals = 0;
  let dotDecimals = 0;
  let commaGroups = 0;
  let dotGroups = 0;
  for (const values of columns) {
    for (const raw of values) {
      const value = raw.trim();
      if (SURE_COMMA_DECIMAL.test(value)) commaDecimals += 1;
      else if (SURE_DOT_DECIMAL.test(value)) dotDecimals += 1;
      else if (DOT_DECIMAL_COMMA_THOUSANDS.test(value)) commaGroups += 1;
      else if (COMMA_DECIMAL_DOT_THOUSANDS.test(value) && !DOT_DECIMAL.test(value)) dotGroups += 1;
    }
  }
  if (commaDecimals > dotDecimals) return { decimal: ',', thousands: dotGroups > 0 ? '.' : null };
  return { decimal: '.', thousands: commaGroups > 0 && commaDecimals === 0 ? ',' : null };
};

/** The value of a number written in `style`, or null when it is not one. */
export const parseNumberIn = (value: string, style: NumberStyle): number | null => {
  if (!isNumberIn(value, style)) return null;
  const text = value.trim();
  const withoutGroups = style.thousands === null ? text : text.replaceAll(style.thousands, '');
  const number = Number(style.decimal === ',' ? withoutGroups.replace(',', '.') : withoutGroups);
  return Number.isFinite(number) ? number : null;
};
