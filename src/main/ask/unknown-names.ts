import type { InterpretContext } from './interpret';
import type { RankingPhrase } from './ranking-phrases';
import type { TimeParse } from './time/parse-time';
import type { ValueMatch } from './values/value-index';
import { tokenize, type Span } from './vocabulary';

/** Words of ordinary questions: never a product, brand or place someone is naming. */
const common = new Set(
  `a an the and or but of for in on at to from with by per vs versus than as is are was were be been being do does did
  done have has had what which who whom whose when where why how much many more most less least few fewer this that these those
  it its it's we our us you your they their them me my i he she his her there here all any each every some no not only just
  also too very really so if then else about into over under between through during before after since until up down out off
  again new old same other another show tell give list compare compared get got find see look make made let lets please can could
  would should will may might must shall sell sold selling buy bought top bottom best worst highest lowest biggest smallest
  total overall average avg sum count number amount value values ones one two three four five six seven eight nine ten
  year years month months week weeks day days quarter quarters today yesterday ytd mtd qtd last next previous prior current recent
  recently period time trend trends weekly monthly daily yearly quarterly annual doing perform performing performance well badly
  good bad going grow grew growth change changed changes increase decrease decline declined fell drop dropped rise rose
  split breakdown broken across each whole overall share mix percent percentage rate ratio why explain drove driver drivers caused
  forecast predict expect expected projection reviews review customers customer say said think complaints complain feedback
  store shop business company data numbers figures result results answer chart table sales revenue units orders
  items products product category categories brand brands country countries region regions department departments
  channel channels segment segments price prices cheap expensive discount discounts promo promotion promotions season
  fit fits sizing size sizes delivery shipping quality fabric material colour color comfort comfortable zipper zip seams
  stitching wash washing smell durability style look looks common issue issues problem problems mention mentions`.split(
    /\s+/,
  ),
);

interface ReadingParts {
  time: TimeParse;
  ranking: RankingPhrase | null;
  values: ValueMatch[];
}

/**
 * A name the question seems to ask about that matches nothing in the data ("revenue for Zara"
 * when the store has no Zara): the interpreter asks rather than answering about everything.
 * Only words after "for", "of" or "about", or capitalised mid-sentence, count as names, so
 * ordinary phrasing is never questioned.
 */
export const unknownNames = (question: string, reading: ReadingParts, context: InterpretContext): Span | null => {
  const taken: Span[] = [
    ...reading.time.spans,
    ...reading.values.map((match) => match.span),
    ...(reading.ranking ? [reading.ranking.span] : []),
  ];
  const concepts = context.vocabulary.scan(question, taken).map((hit) => hit.span);
  const consumed = (start: number, end: number): boolean =>
    [...taken, ...concepts].some((span) => start < span.end && end > span.start);
  const tokens = tokenize(question);
  for (const [index, token] of tokens.entries()) {
    if (consumed(token.start, token.end) || common.has(token.word) || /^\d+$/.test(token.word) || token.word.length < 3)
      continue;
    const previous = tokens[index - 1]?.word ?? '';
    const original = question.slice(token.start, token.end);
    const capitalised = index > 0 && /^\p{Lu}/u.test(original);
    if (!['for', 'of', 'about'].includes(previous) && !capitalised) continue;
    // Take the name's following words too ("Calvin Kline jeans" -> "Calvin Kline").
    let end = token.end;
    for (const next of tokens.slice(index + 1, index + 3)) {
      if (consumed(next.start, next.end) || common.has(next.word)) break;
      end = next.end;
    }
    return { start: token.start, end, text: question.slice(token.start, end) };
  }
  return null;
};
