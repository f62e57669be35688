/** How the dates of one column are written. */
export interface DateFormat {
  /** DuckDB strptime format; null when DuckDB's own ISO 8601 parsing reads the values. */
  strptime: string | null;
  /** The same for people: "DD/MM/YYYY HH:MM". */
  label: string;
  /** Whether the values carry a time of day. */
  hasTime: boolean;
  /**
   * For day/month orders no value settled (every day was 12 or less): the other reading,
   * which a scan of the whole file may still pick.
   */
  alternative: DateFormat | null;
}

const ISO = /^\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const YEAR_FIRST_SLASH = /^\d{4}\/\d{1,2}\/\d{1,2}(?<time>[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DAY_MONTH =
  /^(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?<time>\s+\d{1,2}:\d{2}(?<seconds>:\d{2})?(?:\s*(?<ampm>[AaPp][Mm]))?)?$/;

interface Parsed {
  family: 'iso' | 'ymd' | 'dm';
  /** First and second number of a day/month value. */
  a: number;
  b: number;
  sep: string;
  longYear: boolean;
  time: 'none' | 'minutes' | 'seconds';
  ampm: boolean;
}

const parseShape = (value: string): Parsed | null => {
  const text = value.trim();
  if (ISO.test(text)) {
    return {
      family: 'iso',
      a: 0,
      b: 0,
      sep: '-',
      longYear: true,
      time: /\d:\d/.test(text) ? 'seconds' : 'none',
      ampm: false,
    };
  }
  const ymd = YEAR_FIRST_SLASH.exec(text);
  if (ymd) {
    const time = ymd.groups?.['time'];
    return {
      family: 'ymd',
      a: 0,
      b: 0,
      sep: '/',
      longYear: true,
      time: time === undefined ? 'none' : time.split(':').length === 3 ? 'seconds' : 'minutes',
      ampm: false,
    };
  }
  const dm = DAY_MONTH.exec(text);
  const groups = dm?.groups;
  if (!groups) return null;
  const a = Number(groups['a']);
  const b = Number(groups['b']);
  if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return null;
  const time = groups['time'];
  return {
    family: 'dm',
    a,
    b,
    sep: groups['sep'] ?? '/',
    longYear: (groups['year'] ?? '').length === 4,
    time: time === undefined ? 'none' : groups['seconds'] === undefined ? 'minutes' : 'seconds',
    ampm: groups['ampm'] !== undefined,
  };
};

/** Whether one value is written as a date (or date and time) Aisle can read. */
export const isDateLike = (value: string): boolean => parseShape(value) !== null;

const timeParts = (time: Parsed['time'], ampm: boolean): { strptime: string; label: string } => {
  switch (time) {
    case 'none':
      return { strptime: '', label: '' };
    case 'minutes':
      return ampm ? { strptime: ' %I:%M %p', label: ' HH:MM AM' } : { strptime: ' %H:%M', label: ' HH:MM' };
    case 'seconds':
      return ampm ? { strptime: ' %I:%M:%S %p', label: ' HH:MM:SS AM' } : { strptime: ' %H:%M:%S', label: ' HH:MM:SS' };
  }
};

const dayMonthFormat = (order: 'dmy' | 'mdy', shape: Parsed): DateFormat => {
  const { sep } = shape;
  const year = shape.longYear ? { s: '%Y', l: 'YYYY' } : { s: '%y', l: 'YY' };
  const day = { s: '%d', l: 'DD' };
  const month = { s: '%m', l: 'MM' };
  const [first, second] = order === 'dmy' ? [day, month] : [month, day];
  const time = timeParts(shape.time, shape.ampm);
  return {
    strptime: `${first.s}${sep}${second.s}${sep}${year.s}${time.strptime}`,
    label: `${first.l}${sep}${second.l}${sep}${year.l}${time.label}`,
    hasTime: shape.time !== 'none',
    alternative: null,
  };
};

/** The most common value among `items` by `key`. */
const mostCommon = <T>(items: readonly T[], key: (item: T) => string): T | undefined => {
  const counts = new Map<string, { item: T; count: number }>();
  for (const item of items) {
    const k = key(item);
    const entry = counts.get(k);
    if (entry) entry.count += 1;
    else counts.set(k, { item, count: 1 });
  }
  return [...counts.values()].sort((x, y) => y.count - x.count)[0]?.item;
};

/**
 * The format most of `values` are written in, when at least `minShare` of the non-empty ones
 * are dates. Day/month order is settled by any value whose first (or second) number is above
 * 12; when none is, `preferDayFirst` decides and the other order is kept as the alternative.
 */
export const detectDateFormat = (
  values: readonly string[],
  options: { minShare?: number; preferDayFirst?: boolean } = {},
): DateFormat | null => {
  const present = values.map((value) => value.trim()).filter((value) => value !== '');
  if (present.length === 0) return null;
  const shapes = present.map(parseShape).filter((shape): shape is Parsed => shape !== null);
  if (shapes.length / present.length < (options.minShare ?? 0.8)) return null;
  const main = mostCommon(shapes, (shape) => `${shape.family}${shape.sep}${shape.longYear}${shape.time}${shape.ampm}`);
  if (!main) return null;
  switch (main.family) {
    case 'iso':
      return {
        strptime: null,
        label: main.time === 'none' ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH:MM:SS',
        hasTime: main.time !== 'none',
        alternative: null,
      };
    case 'ymd': {
      const time = timeParts(main.time, false);
      return {
        strptime: `%Y/%m/%d${time.strptime}`,
        label: `YYYY/MM/DD${time.label}`,
        hasTime: main.time !== 'none',
        alternative: null,
      };
    }
    case 'dm': {
      const sameFamily = shapes.filter((shape) => shape.family === 'dm');
      const dayFirst = sameFamily.some((shape) => shape.a > 12);
      const monthFirst = sameFamily.some((shape) => shape.b > 12);
      if (dayFirst && monthFirst) return null;
      if (dayFirst) return dayMonthFormat('dmy', main);
      if (monthFirst) return dayMonthFormat('mdy', main);
      const preferred = options.preferDayFirst ?? main.sep !== '/';
      const [chosen, other] = preferred ? (['dmy', 'mdy'] as const) : (['mdy', 'dmy'] as const);
      return { ...dayMonthFormat(chosen, main), alternative: dayMonthFormat(other, main) };
    }
  }
};
