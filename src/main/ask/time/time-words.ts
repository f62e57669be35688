import type { CalendarUnit } from './calendar-units';

/** Regular-expression pieces and word tables shared by the recognizers. */

export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Four-digit years a retail data set can hold; "top 2000" or "size 3000" fall outside or need context. */
export const YEAR = '(?:19[7-9]\\d|20\\d\\d)';

/** A year, or a two-digit one after an apostrophe ("Q3 '11"). */
export const YEAR_OR_SHORT = `(?:${YEAR}|'\\d{2})`;

export const UNIT = '(?:day|week|month|quarter|year)';

/** Words that put a comparison period after them: "vs last year", "compared with Q3 2010", "more than last year". */
export const CONNECTOR =
  '(?:vs\\.?|versus|against|than|compared?\\s+(?:to|with)|(?:in\\s+)?comparison\\s+(?:to|with)|relative\\s+to)';

export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** 1-12 for a month name or its abbreviation. */
export const monthNumber = (word: string): number =>
  monthNames.findIndex((name) => name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase()) + 1;

/** Month words that are also everyday English ("may be", "march on", "mar"): they need context to mean time. */
export const isAmbiguousMonthWord = (word: string): boolean => ['may', 'march', 'mar'].includes(word.toLowerCase());

export const yearValue = (text: string): number => (text.startsWith("'") ? 2000 + Number(text.slice(1)) : Number(text));

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

export const COUNT = `(?:\\d{1,3}|${Object.keys(numberWords).join('|')})`;

export const countValue = (text: string): number => numberWords[text.toLowerCase()] ?? Number(text);

/** "weeks" -> "week"; only for text matched by UNIT with an optional plural s. */
export const unitValue = (text: string): CalendarUnit & ('day' | 'week' | 'month' | 'quarter' | 'year') => {
  const unit = text.toLowerCase().replace(/s$/, '');
  switch (unit) {
    case 'day':
    case 'week':
    case 'month':
    case 'quarter':
    case 'year':
      return unit;
    default:
      throw new Error(`not a time unit: ${text}`);
  }
};
