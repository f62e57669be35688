import type { Span } from './vocabulary';

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
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};

export interface RankingPhrase {
  direction: 'asc' | 'desc';
  /** N of "top N"; null when none was said ("best sellers", "which brand sold most"). */
  limit: number | null;
  /** "which X … most": one winner is asked for. */
  single: boolean;
  /** Order by change rather than value ("grew the most", "fastest growing"). */
  byChange: boolean;
  span: Span;
}

const count = String.raw`(\d{1,4}|${Object.keys(numberWords).join('|')})`;
const up = String.raw`top|best|highest|biggest|largest|leading|most|strongest`;
const down = String.raw`bottom|worst|lowest|smallest|least|fewest|weakest|slowest`;
const explicit = new RegExp(String.raw`\b(${up}|${down})\s+${count}\b`, 'i');
const bare = new RegExp(
  String.raw`\b(top|bottom|best[- ]sell(?:ing|ers?)|worst[- ]sell(?:ing|ers?)|fastest[- ]growing|fastest|slowest[- ]growing|slowest|best|worst|highest|lowest|biggest|smallest|most|least|fewest)\b`,
  'i',
);
const growth =
  /\b(grew|growing|growth|increased?|rose|risen|improved|fell|declin(?:ed|ing)|dropped|shrank|decreased?|lost|fastest|slowest)\b/i;
const falling = /\b(fell|declin(?:ed|ing)|dropped|shrank|decreased?|lost)\b/i;

const toNumber = (text: string): number => numberWords[text.toLowerCase()] ?? Number(text);
const spanOf = (question: string, index: number, length: number): Span => ({
  start: index,
  end: index + length,
  text: question.slice(index, index + length),
});

/** "top 10", "bottom five", "best sellers", "which brand grew the most". */
export const findRanking = (question: string): RankingPhrase | null => {
  const which = /\b(which|what)\b/i.test(question);
  const explicitMatch = explicit.exec(question);
  if (explicitMatch) {
    const word = explicitMatch[1] ?? '';
    return {
      direction: new RegExp(`^(${down})$`, 'i').test(word) ? 'asc' : 'desc',
      limit: toNumber(explicitMatch[2] ?? '10'),
      single: false,
      byChange: growth.test(question),
      span: spanOf(question, explicitMatch.index, explicitMatch[0].length),
    };
  }
  const bareMatch = bare.exec(question);
  if (!bareMatch) return null;
  const word = (bareMatch[1] ?? '').toLowerCase();
  const ascending = /^(bottom|worst|lowest|smallest|least|fewest|slowest)/.test(word);
  // "most" and "least" rank only in a which-question ("which brand sold most"); "most of our revenue" does not.
  if ((word === 'most' || word === 'least') && !which) return null;
  const byChange = growth.test(question);
  return {
    direction: byChange && falling.test(question) ? 'asc' : ascending ? 'asc' : 'desc',
    limit: null,
    single: which && !/\b(products|categories|brands|countries|items|styles|which ones)\b/i.test(question),
    byChange,
    span: spanOf(question, bareMatch.index, bareMatch[0].length),
  };
};
