/**
 * Reading the numbers a sentence states, with how precisely each is written, so a model's
 * sentence can be held to the computed facts: "$1.2M" says 1,150,000 to 1,250,000; "18.4%"
 * says 18.35 to 18.45 percent; "2025-11-28", "Q3", "week 47" and "in 2025" are dates, not amounts.
 */

export interface StatedNumber {
  /** As written: "$1.2M", "−4.0%", "1,234". */
  text: string;
  /** The number as written, before its scale: 1.2 for "$1.2M", 4 for "−4.0%" (sign apart). */
  mantissa: number;
  /** Digits written after the decimal point: how far it was rounded. */
  decimals: number;
  /** What a suffix multiplies by: 1e6 for "M" or "million". */
  scale: number;
  percent: boolean;
  /** Written with a minus sign: it must match a negative fact. */
  negative: boolean;
  /** "3rd": a position in a list. */
  ordinal: boolean;
}

const months =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Stretches that are dates, times or period names; blanked before numbers are read. */
const datePatterns: readonly RegExp[] = [
  // 2025-11-28, 2025-11-28T10:00:00, 2025-11-28 10:00, 2025-11
  /\b\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?)?\b/g,
  // 28/11/2025, 11/28/25
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
  // 10:00, 23:59:59
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  // 2024/25 seasons, FY2025, FY25, Q3, H1, Q4'25, W47
  /\b\d{4}\/\d{2}\b/g,
  /\bFY\s?'?\d{2,4}\b/gi,
  /\b[QH][1-4]\b(?:\s?'\d{2}\b)?/g,
  /\bW\d{1,2}\b/g,
  // week 47, wk 3
  /\b(?:week|wk)\.?\s+\d{1,2}\b/gi,
  // November 28, Nov. 28th, 2025 / 28 November / the 28th of November
  new RegExp(`\\b${months}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${months}\\b`, 'gi'),
  // '25
  /(?<![\w'])'\d{2}\b/g,
];

/** Nouns after a four-digit number that make it a count: "2025 units". */
const countAfter =
  /^\s*(?:units?|orders?|items?|customers?|products?|reviews?|pieces?|rows?|people|shoppers?|buyers?|transactions?|returns?|baskets?|sales)\b/i;

const scales: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

/**
 * A number: an optional sign (only where it cannot be a range dash), an optional currency
 * symbol, digits with thousands separators and decimals, then an optional ordinal ending,
 * scale word or percent.
 */
const numberPattern =
  /(?<![\w.,])([-−+]?)\s?([$€£¥]?)\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)(st|nd|rd|th)?(?:\s?(%|per\s?cent\b|pct\b|percentage points?\b|pp\b|pts?\b|[kKMB]\b|bn\b|mn\b|mm\b|tn\b|thousand\b|million\b|billion\b|trillion\b))?/g;

const blank = (text: string, pattern: RegExp): string => text.replace(pattern, (match) => ' '.repeat(match.length));

/** Every amount the sentence states, in order; dates, years used as dates and period names are left out. */
export const statedNumbers = (sentence: string): StatedNumber[] => {
  const text = datePatterns.reduce(blank, sentence);
  const found: (StatedNumber & { start: number; end: number })[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const [whole, sign = '', currency = '', digits = '', ordinalEnding, unit] = match;
    const at = match.index;
    const plain = digits.replaceAll(',', '');
    const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
    const mantissa = Number(plain);
    if (!Number.isFinite(mantissa)) continue;
    const unitWord = unit?.toLowerCase().replace(/\s+/g, '');
    const percent = unitWord !== undefined && /^(%|percent|pct|percentagepoints?|pp|pts?)$/.test(unitWord);
    const scale = unitWord !== undefined && !percent ? (scales[unitWord] ?? 1) : 1;
    const bare = sign === '' && currency === '' && unit === undefined && ordinalEnding === undefined;
    // Amounts this size are written "1,987" or "$2,025"; a bare 1900–2100 is a year ("in 2025",
    // "2024 vs 2025", "the 2025 holiday season") unless a count follows it ("2025 units").
    if (bare && /^\d{4}$/.test(plain) && mantissa >= 1900 && mantissa <= 2100) {
      if (!countAfter.test(text.slice(at + whole.length))) continue;
    }
    found.push({
      text: whole.trim(),
      mantissa,
      decimals,
      scale,
      percent,
      negative: sign === '-' || sign === '−',
      ordinal: ordinalEnding !== undefined,
      start: at,
      end: at + whole.length,
    });
  }
  // A range shares its unit: "10–12%" is 10% to 12%, "$1–2M" is $1M to $2M.
  found.forEach((stated, index) => {
    const next = found[index + 1];
    const bare = !stated.percent && stated.scale === 1 && !stated.ordinal;
    if (bare && next && /^\s*(?:-|–|—|to)\s*$/.test(text.slice(stated.end, next.start))) {
      stated.percent = next.percent;
      stated.scale = next.scale;
    }
  });
  return found.map(({ text: written, mantissa, decimals, scale, percent, negative, ordinal }): StatedNumber => ({
    text: written,
    mantissa,
    decimals,
    scale,
    percent,
    negative,
    ordinal,
  }));
};

/** Rounding slack: floating point noise on top of half a unit in the last written digit. */
const EPSILON = 1e-9;

/** Whether `fact` rounds to the number as written (at its written precision and scale). */
export const matchesFact = (stated: StatedNumber, fact: number): boolean => {
  if (!Number.isFinite(fact)) return false;
  if (stated.negative && fact >= 0 && stated.mantissa !== 0) return false;
  const half = 0.5 * 10 ** -stated.decimals + EPSILON;
  const value = Math.abs(fact);
  const close = (candidate: number): boolean => Math.abs(candidate - stated.mantissa) <= half;
  // A percent may be a fact kept in percent (a share of 18.4) or as a fraction (0.184).
  if (stated.percent) return close(value) || close(value * 100);
  return close(value / stated.scale);
};
