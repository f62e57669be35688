/** Looks at the words around a match, to tell "in March" from "march on" and "in 2011" from "top 2000". */

/** Words after which a month name, season or bare year means a time. */
const timePrepositions = new Set([
  'in',
  'during',
  'for',
  'since',
  'from',
  'until',
  'till',
  'through',
  'thru',
  'to',
  'between',
  'and',
  'of',
  'vs',
  'versus',
  'against',
  'with',
  'before',
  'after',
  'throughout',
  'over',
  'within',
  'across',
  'at',
  'early',
  'mid',
  'late',
  'last',
]);

/** The word just before the index, lower case, skipping one "the" ("during the summer" gives "during"). */
export const wordBefore = (question: string, index: number): string | null => {
  const before = question.slice(0, index);
  const match = /([a-z]+)\.?\s+(?:the\s+)?$/i.exec(before);
  return match?.[1]?.toLowerCase() ?? null;
};

export const afterTimePreposition = (question: string, index: number): boolean => {
  const word = wordBefore(question, index);
  return word !== null && timePrepositions.has(word);
};

/** Nothing but quotes and brackets before it, or the end of an earlier sentence. */
export const atSentenceStart = (question: string, index: number): boolean =>
  /(?:^|[.!?:]\s+)["'(\s]*$/.test(question.slice(0, index));

/** Starts with a capital and is not the first word of a sentence: "sales in May" vs "May I see". */
export const capitalizedMidSentence = (question: string, index: number): boolean =>
  /^[A-Z]/.test(question.slice(index, index + 1)) && !atSentenceStart(question, index);

/** Every match of a global regular expression, with its index. */
export const matchAll = (pattern: RegExp, text: string): RegExpExecArray[] => {
  if (!pattern.global) throw new Error('matchAll needs a global regular expression');
  return [...text.matchAll(pattern)];
};
