import { aliasesByFirstWord, aliasMatches } from './alias-matches';
import { resolveAliases, type Alias } from './aliases';
import type { Candidate } from './candidate';
import { fullMatches } from './full-matches';
import { partialMatches } from './partial-matches';
import { questionTokens, type QuestionToken } from './question';
import { bestReadings, spanReadings } from './readings';
import { roundScore } from './scoring';
import { suggestEntries } from './suggest';
import type { BuildOptions, DimensionValues, MatchOptions, MatchResult, TextSpan, ValueMatch } from './types';
import { buildEntries, type ValueEntry } from './value-entries';
import { Vocabulary } from './vocabulary';

export type {
  AmbiguousSpan,
  BuildOptions,
  DimensionValues,
  MatchKind,
  MatchOptions,
  MatchResult,
  TextSpan,
  ValueMatch,
} from './types';

/**
 * Finds the dimension values a question names, against the values that exist in the data:
 * ignoring case, plurals and punctuation, tolerating typos, aliases and partial names, and saying
 * so when a span could be two things. Pure and synchronous; build once per source, match per question.
 */
export class ValueIndex {
  private readonly aliasIndex: ReadonlyMap<string, readonly Alias[]>;

  private constructor(
    private readonly entries: readonly ValueEntry[],
    private readonly vocabulary: Vocabulary,
    aliases: readonly Alias[],
  ) {
    this.aliasIndex = aliasesByFirstWord(aliases);
  }

  static build(dimensions: readonly DimensionValues[], options: BuildOptions = {}): ValueIndex {
    const entries = buildEntries(dimensions);
    return new ValueIndex(entries, Vocabulary.of(entries), resolveAliases(entries, options.aliases));
  }

  /** Distinct values indexed (values that read the same are counted once). */
  get size(): number {
    return this.entries.length;
  }

  match(question: string, options: MatchOptions = {}): MatchResult {
    const tokens = questionTokens(question, this.vocabulary, options.ignoreSpans);
    const wanted = options.dimensions ? new Set(options.dimensions) : undefined;
    const allowed = (entry: ValueEntry): boolean => !wanted || wanted.has(entry.dimension);
    const whole = [
      ...fullMatches(question, tokens, this.entries, this.vocabulary, allowed),
      ...aliasMatches(question, tokens, this.aliasIndex, this.entries, allowed),
    ];
    const partial = partialMatches(tokens, this.entries, this.vocabulary, allowed);
    const chosen = bestReadings(spanReadings(whole, partial, this.entries), tokens.length);
    const result: MatchResult = { matches: [], ambiguous: [] };
    for (const reading of chosen) {
      const span = spanOf(question, tokens, reading.first, reading.last);
      const matches = reading.candidates.map((candidate) => this.toMatch(candidate, span));
      if (reading.ambiguous) result.ambiguous.push({ span, candidates: matches });
      else if (matches[0]) result.matches.push(matches[0]);
    }
    return result;
  }

  /** For "Did you mean ...?" when a word looks like a value but is not close enough to match. */
  suggest(text: string, limit = 5): ValueMatch[] {
    const tokens = questionTokens(text, this.vocabulary);
    const span = tokens.length > 0 ? spanOf(text, tokens, 0, tokens.length - 1) : { start: 0, end: 0, text: '' };
    return suggestEntries(text, this.entries, this.vocabulary)
      .sort(
        (a, b) =>
          b.score - a.score || (this.entries[a.entry]?.value.length ?? 0) - (this.entries[b.entry]?.value.length ?? 0),
      )
      .slice(0, limit)
      .map((suggestion) =>
        this.toMatch(
          {
            entry: suggestion.entry,
            first: 0,
            last: 0,
            score: suggestion.score,
            kind: suggestion.complete ? 'typo' : 'partial',
          },
          span,
        ),
      );
  }

  private toMatch(candidate: Candidate, span: TextSpan): ValueMatch {
    const entry = this.entries[candidate.entry];
    if (!entry) throw new Error(`No value entry ${candidate.entry}`);
    const match: ValueMatch = {
      dimension: entry.dimension,
      value: entry.value,
      span,
      score: roundScore(candidate.score),
      kind: candidate.kind,
    };
    if (entry.alsoStoredAs.length > 0) match.alsoStoredAs = [...entry.alsoStoredAs];
    return match;
  }
}

const spanOf = (question: string, tokens: readonly QuestionToken[], first: number, last: number): TextSpan => {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return { start, end, text: question.slice(start, end) };
};
