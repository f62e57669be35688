/**
 * Splits review text into sentences and each sentence into weighted clauses, so contrast is
 * explicit: in "lovely colour but the fabric is cheap" the clause after "but" is what the
 * shopper concluded. The weights follow VADER's own "but" rule (0.5 before, 1.5 after); a
 * concessive clause ("although it runs small, ...") gets the 0.5.
 */

export interface Clause {
  text: string;
  weight: number;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+|[\r\n]+|;\s*|\s+-\s+/;
const ADVERSATIVE = /\b(?:but|however|except|whereas|unfortunately)\b/gi;
const CONCESSIVE = /\b(?:even though|although|though|despite)\b/i;

export const CONTRAST_BEFORE = 0.5;
export const CONTRAST_AFTER = 1.5;

export const splitSentences = (text: string): string[] =>
  text
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);

/** "although it runs small, I love it": the concessive part is down-weighted. */
const splitConcessive = (text: string, weight: number): Clause[] => {
  const match = CONCESSIVE.exec(text);
  if (!match) return [{ text, weight }];
  const start = match.index;
  const comma = text.indexOf(',', start);
  const end = comma === -1 ? text.length : comma;
  const concessive = text.slice(start + match[0].length, end);
  const rest = `${text.slice(0, start)} ${text.slice(end + 1)}`.trim();
  return [
    { text: concessive, weight: weight * CONTRAST_BEFORE },
    { text: rest, weight: rest.length > 0 && concessive.trim().length > 0 ? weight * CONTRAST_AFTER : weight },
  ].filter((clause) => clause.text.trim().length > 0);
};

/** Clauses of one sentence; the last adversative marker ("but", "however") splits it. */
export const splitClauses = (sentence: string): Clause[] => {
  let last: RegExpExecArray | undefined;
  for (const match of sentence.matchAll(ADVERSATIVE)) last = match;
  if (!last) return splitConcessive(sentence, 1);
  const before = sentence.slice(0, last.index);
  // "unfortunately" is itself a judgement; keep it in the clause it introduces.
  const keep = last[0].toLowerCase() === 'unfortunately' ? last[0] : '';
  const after = `${keep} ${sentence.slice(last.index + last[0].length)}`.trim();
  const clauses = [
    ...splitConcessive(before, after.length > 0 ? CONTRAST_BEFORE : 1),
    ...splitConcessive(after, before.trim().length > 0 ? CONTRAST_AFTER : 1),
  ];
  return clauses.filter((clause) => clause.text.trim().length > 0);
};
