import type { Candidate } from './candidates';
import { dateParts } from './iso-date';
import type { PeriodRef, TimeContext } from './period-ref';
import { occasionPeriod, recurringRef } from './recurring-periods';
import type { OccasionId } from './retail-calendar';
import { afterTimePreposition, matchAll } from './text-context';
import { YEAR, yearValue } from './time-words';

/** Retail occasions and seasons: "Black Friday 2024", "the holiday season", "last summer", "winter 2024/25". */

/**
 * How sure a name is to mean a time. Always: the name only means the occasion. Context: the
 * name is also a product word in retail catalogues ("CHRISTMAS LIGHTS", "SUMMER DRESS"), so it
 * needs a preposition, "this"/"last", a year, a time noun after it, or the end of the question.
 * Strict: also an everyday verb ("did sales fall?"), so the end of the question is not enough.
 */
type Certainty = 'always' | 'context' | 'strict';

const names: ReadonlyArray<{ id: OccasionId; pattern: string; certainty: Certainty }> = [
  {
    id: 'black_friday_weekend',
    pattern:
      'black\\s+friday\\s+(?:weekend|week-end)|bfcm|black\\s+friday\\s+(?:to|through|and|&)\\s+cyber\\s+monday|cyber\\s+weekend',
    certainty: 'always',
  },
  { id: 'black_friday', pattern: 'black\\s+friday', certainty: 'always' },
  { id: 'cyber_monday', pattern: 'cyber\\s+monday', certainty: 'always' },
  { id: 'thanksgiving', pattern: 'thanksgiving(?:\\s+day)?', certainty: 'always' },
  {
    id: 'holiday_season',
    // "holidays" alone is too loose ("holidays gift set"); with a year it is the season.
    pattern: `holiday\\s+(?:shopping\\s+)?(?:season|period)|festive\\s+(?:season|period)|the\\s+holidays|holidays(?=\\s+${YEAR})`,
    certainty: 'always',
  },
  { id: 'christmas_eve', pattern: '(?:christmas|xmas)\\s+eve', certainty: 'always' },
  { id: 'christmas_day', pattern: '(?:christmas|xmas)\\s+day', certainty: 'always' },
  { id: 'boxing_day', pattern: 'boxing\\s+day', certainty: 'always' },
  {
    id: 'christmas',
    pattern: '(?:run[-\\s]up\\s+to\\s+)?(?:christmas|xmas)(?:\\s+(?:season|period|trading|shopping))?',
    certainty: 'context',
  },
  { id: 'back_to_school', pattern: 'back[-\\s]to[-\\s]school(?:\\s+season)?', certainty: 'always' },
  { id: 'spring', pattern: 'spring(?:\\s+(?:season|months))?', certainty: 'context' },
  { id: 'summer', pattern: 'summer(?:\\s+(?:season|months))?', certainty: 'context' },
  { id: 'autumn', pattern: 'autumn(?:\\s+(?:season|months))?', certainty: 'context' },
  { id: 'autumn', pattern: 'fall(?:\\s+(?:season|months))?', certainty: 'strict' },
  { id: 'winter', pattern: 'winter(?:\\s+(?:season|months))?', certainty: 'context' },
];

const timeNounAfter = /^\s+(?:season|period|months|weeks|weekend|trading|shopping|quarter|sale|sales\s+period)\b/i;
/** Nothing after but punctuation, or a comparison: "sales over Christmas?", "summer vs winter". */
const endAfter = /^\s*(?:[?.!,;]|$|vs\b|versus\b|compared\b|against\b)/i;

const patternFor = (name: string): RegExp =>
  new RegExp(
    `(?:\\b(?<mod>last|this|previous|prior)\\s+)?(?:\\b(?<before>${YEAR})\\s+)?\\b(?<name>${name})\\b` +
      `(?:\\s+(?:of\\s+)?(?<year>${YEAR})(?:\\s*[/-]\\s*\\d{2,4})?(?![\\w%])|\\s+(?:of\\s+)?(?<rel>this|last)\\s+year\\b)?`,
    'gi',
  );

const compiled = names.map((name) => ({ ...name, regex: patternFor(name.pattern) }));

const refFrom = (id: OccasionId, groups: Record<string, string | undefined>, { anchor }: TimeContext): PeriodRef => {
  const period = occasionPeriod(id);
  const year = groups.year ?? groups.before;
  if (year !== undefined) return recurringRef(period, yearValue(year));
  if (groups.rel !== undefined) {
    return recurringRef(period, dateParts(anchor).year - (groups.rel.toLowerCase() === 'last' ? 1 : 0), 'latest', true);
  }
  const mod = groups.mod?.toLowerCase();
  return recurringRef(period, null, mod === undefined ? 'latest' : mod === 'this' ? 'this' : 'last');
};

const isTime = (question: string, match: RegExpExecArray, certainty: Certainty): boolean => {
  const groups = match.groups ?? {};
  if (certainty === 'always') return true;
  if (groups.mod ?? groups.year ?? groups.before ?? groups.rel) return true;
  if (/\s(?:season|months|period|trading|shopping)$/i.test(groups.name ?? '')) return true;
  const nameStart = match.index + match[0].toLowerCase().indexOf((groups.name ?? '').toLowerCase());
  if (afterTimePreposition(question, nameStart)) return true;
  if (certainty === 'strict') return false;
  const after = question.slice(match.index + match[0].length);
  return timeNounAfter.test(after) || endAfter.test(after);
};

export const findRetailPeriods = (question: string, context: TimeContext): Candidate[] =>
  compiled.flatMap(({ id, regex, certainty }) =>
    matchAll(regex, question)
      .filter((match) => isTime(question, match, certainty))
      .map((match): Candidate => ({
        kind: 'period',
        start: match.index,
        end: match.index + match[0].length,
        expr: { kind: 'single', ref: refFrom(id, match.groups ?? {}, context) },
      })),
  );
