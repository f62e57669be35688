import vader, { type PolarityScores } from 'vader-sentiment';

/*
 * A faster front end for `vader-sentiment`'s SentimentIntensityAnalyzer.polarity_scores.
 *
 * The package's SentiText tokeniser builds, on every call, a table of every word of the text
 * glued to each of 17 punctuation marks (`get_words_plus_punc`), only to look tokens up in it.
 * That table is most of VADER's cost on long texts. This module tokenises the same way without
 * the table, then hands the tokens to the package's own exported steps (sentiment_valence,
 * but_check, score_valence), so the lexicon, boosters, negation, idioms, "least", "but",
 * punctuation emphasis, normalisation and rounding are all still the package's code and data.
 *
 * Why the tokens are identical: the package maps a token T to w when T is `p + w` or `w + p`,
 * where p is one of PUNC_LIST and w is a word of the text with all punctuation removed (length
 * above 1). w contains no punctuation and p is only punctuation, so p must be T's whole leading
 * (or trailing) punctuation run and w the rest, and that rest is itself a word of the stripped
 * text. Checking T against that shape directly gives the same answer without the table.
 * The equality is tested against the package on thousands of sentences (fast-vader.test.ts).
 */

const analyzer = vader.SentimentIntensityAnalyzer;

/** The package's PUNC_LIST (vaderSentiment.js). */
const puncList = new Set([
  '.',
  '!',
  '?',
  ',',
  ';',
  ':',
  '-',
  "'",
  '"',
  '!!',
  '!!!',
  '??',
  '???',
  '?!?',
  '!?!',
  '?!?!',
  '!?!?',
]);

// The package's REGEX_REMOVE_PUNCTUATION class (Python's string.punctuation), with "-" moved last.
const leadingPunct = /^([!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-]+)([^!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-]+)$/;
const trailingPunct = /^([^!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-]+)([!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-]+)$/;

/**
 * The package's BOOSTER_DICT keys. polarity_scores skips a token found here before looking it up
 * in the lexicon; the exhaustive lexicon test checks this list against the package.
 */
const boosters = new Set([
  'absolutely',
  'amazingly',
  'awfully',
  'completely',
  'considerably',
  'decidedly',
  'deeply',
  'effing',
  'enormously',
  'entirely',
  'especially',
  'exceptionally',
  'extremely',
  'fabulously',
  'flipping',
  'flippin',
  'fricking',
  'frickin',
  'frigging',
  'friggin',
  'fully',
  'fucking',
  'greatly',
  'hella',
  'highly',
  'hugely',
  'incredibly',
  'intensely',
  'majorly',
  'more',
  'most',
  'particularly',
  'purely',
  'quite',
  'really',
  'remarkably',
  'so',
  'substantially',
  'thoroughly',
  'totally',
  'tremendously',
  'uber',
  'unbelievably',
  'unusually',
  'utterly',
  'very',
  'almost',
  'barely',
  'hardly',
  'just enough',
  'kind of',
  'kinda',
  'kindof',
  'kind-of',
  'less',
  'little',
  'marginally',
  'occasionally',
  'partly',
  'scarcely',
  'slightly',
  'somewhat',
  'sort of',
  'sorta',
  'sortof',
  'sort-of',
]);

/** The package's is_upper_python: some capital, no lower-case letter. */
const isUpperPython = (word: string): boolean => word.length > 0 && /^[^a-z]*[A-Z]+[^a-z]*$/.test(word);

/** The package's allcap_differential: some, but not all, tokens are ALL CAPS. */
const allcapDifferential = (words: readonly string[]): boolean => {
  let capitals = 0;
  for (const word of words) if (isUpperPython(word)) capitals += 1;
  const differential = words.length - capitals;
  return differential > 0 && differential < words.length;
};

/** SentiText.get_words_and_emoticons, without the punctuation table. */
export const wordsAndEmoticons = (text: string): string[] => {
  const tokens = text.split(/\s/).filter((token) => token.length > 1);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const leading = leadingPunct.exec(token);
    if (leading && puncList.has(leading[1] as string) && (leading[2] as string).length > 1) {
      tokens[i] = leading[2] as string;
      continue;
    }
    const trailing = trailingPunct.exec(token);
    if (trailing && puncList.has(trailing[2] as string) && (trailing[1] as string).length > 1) {
      tokens[i] = trailing[1] as string;
    }
  }
  return tokens;
};

/** Same result as `vader.SentimentIntensityAnalyzer.polarity_scores(text)`, much faster on long texts. */
export const fastPolarityScores = (text: string): PolarityScores => {
  const words = wordsAndEmoticons(text);
  const sentiText = { words_and_emoticons: words, is_cap_diff: allcapDifferential(words) };
  let sentiments: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const item = words[i] as string;
    const lower = item.toLowerCase();
    if (
      (i < words.length - 1 && lower === 'kind' && (words[i + 1] as string).toLowerCase() === 'of') ||
      boosters.has(lower)
    ) {
      sentiments.push(0);
      continue;
    }
    sentiments = analyzer.sentiment_valence(0, sentiText, item, i, sentiments);
  }
  sentiments = analyzer.but_check(words, sentiments);
  return analyzer.score_valence(sentiments, text);
};
