import { describe, expect, it } from 'vitest';
import { detectDateFormat } from './date-formats';
import { guessDelimiter, splitLine } from './guess-delimiter';
import { inferColumnType } from './infer-column';
import { detectNumberStyle, parseNumberIn, PLAIN_NUMBERS } from './number-style';
import { originalColumnNames } from './output-names';
import { slugOf } from './source-file';

const label = (values: string[], preferDayFirst?: boolean) =>
  detectDateFormat(values, preferDayFirst === undefined ? {} : { preferDayFirst });

describe('date formats', () => {
  it('reads ISO dates and times with DuckDB itself', () => {
    expect(label(['2010-12-01 08:26:00', '2011-12-09 12:50:00'])).toEqual({
      strptime: null,
      label: 'YYYY-MM-DD HH:MM:SS',
      hasTime: true,
      alternative: null,
    });
    expect(label(['2024-01-02T10:00:00Z', '2024-01-02T10:00:00.123+02:00'])?.label).toBe('YYYY-MM-DD HH:MM:SS');
    expect(label(['2024-01-02', '2024-12-31'])?.label).toBe('YYYY-MM-DD');
  });

  it('settles day/month order from a day above 12, either way', () => {
    expect(label(['03/01/2024 10:15', '25/01/2024 11:02'])).toMatchObject({
      strptime: '%d/%m/%Y %H:%M',
      label: 'DD/MM/YYYY HH:MM',
      alternative: null,
    });
    expect(label(['01/02/2024', '12/31/2024'])).toMatchObject({ strptime: '%m/%d/%Y', label: 'MM/DD/YYYY' });
    expect(label(['3.1.2024', '25.1.2024'])?.strptime).toBe('%d.%m.%Y');
    expect(label(['1/31/24 9:05 PM'])?.strptime).toBe('%m/%d/%y %I:%M %p');
  });

  it('keeps the other order as an alternative when no day is above 12', () => {
    const slash = label(['01/02/2024', '03/04/2024']);
    expect(slash).toMatchObject({ label: 'MM/DD/YYYY', alternative: { label: 'DD/MM/YYYY' } });
    expect(label(['01/02/2024'], true)).toMatchObject({ label: 'DD/MM/YYYY', alternative: { label: 'MM/DD/YYYY' } });
  });

  it('finds no format in numbers, words or mixed orders', () => {
    expect(label(['20240101', '20240102'])).toBeNull();
    expect(label(['yesterday', 'today'])).toBeNull();
    expect(label(['25/01/2024', '01/25/2024'])).toBeNull();
  });
});

describe('numbers and column types', () => {
  it('tells a decimal comma from thousands separators', () => {
    expect(detectNumberStyle([['3,50', '12,00', '1.019,99']])).toEqual({ decimal: ',', thousands: '.' });
    expect(detectNumberStyle([['1,234.50', '12.25']])).toEqual({ decimal: '.', thousands: ',' });
    expect(detectNumberStyle([['2.55', '3.39']])).toEqual(PLAIN_NUMBERS);
    expect(parseNumberIn('1.019,99', { decimal: ',', thousands: '.' })).toBe(1019.99);
    expect(parseNumberIn('abc', PLAIN_NUMBERS)).toBeNull();
  });

  it('keeps codes with leading zeros as text', () => {
    expect(inferColumnType(['00123', '00456'], PLAIN_NUMBERS).type).toBe('VARCHAR');
    expect(inferColumnType(['123', '-4'], PLAIN_NUMBERS).type).toBe('BIGINT');
    expect(inferColumnType(['17850.0', '13047.0'], PLAIN_NUMBERS).type).toBe('DOUBLE');
    expect(inferColumnType(['true', 'FALSE'], PLAIN_NUMBERS).type).toBe('BOOLEAN');
    expect(inferColumnType(['2024-01-02', ''], PLAIN_NUMBERS).type).toBe('DATE');
  });
});

describe('delimiters, names and file names', () => {
  it('splits quoted fields and guesses the delimiter from the first lines', () => {
    expect(splitLine('a,"b, c","d ""e""",', ',')).toEqual(['a', 'b, c', 'd "e"', '']);
    expect(guessDelimiter('a;b;c\n1;2,5;3\n4;5,5;6\n', true)).toBe(';');
    expect(guessDelimiter('a\tb\n1\t2\n', true)).toBe('\t');
    expect(guessDelimiter('just one column\nvalue\n', true)).toBeNull();
  });

  it('gives kept columns safe, unique snake_case names', () => {
    expect(originalColumnNames(['Ship Mode', 'quantity', 'Unit-Cost (£)', '2nd Size', '', 'ship_mode'])).toEqual([
      'ship_mode',
      'quantity_original',
      'unit_cost',
      'c_2nd_size',
      'column_5',
      'ship_mode_2',
    ]);
  });

  it('turns a source name into a file name', () => {
    expect(slugOf('Online Retail 2011')).toBe('online-retail-2011');
    expect(slugOf('  Café — Été / Winter!  ')).toBe('cafe-ete-winter');
    expect(slugOf('***')).toBe('');
  });
});
