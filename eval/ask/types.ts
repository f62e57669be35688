/**
 * The shape of an Ask evaluation case: a question, the chat it belongs to, and what a right
 * answer is. Expected answers are hand-written SQL (never the semantic layer), a kind of reply
 * (clarify, refuse), a hand-off intent, or words a "why" answer must name. See docs/ask-eval.md.
 */

import { analysisIntents, type AnalysisIntent } from '../../src/shared/contract/analysis-plan';

/** Every case has one category; the runner prints accuracy per category. */
export const categories = [
  'metric',
  'breakdown',
  'trend',
  'compare',
  'ranking',
  'forecast',
  'reviews',
  'drivers',
  'time',
  'entities',
  'follow-up',
  'safety',
  'clarify',
] as const;
export type Category = (typeof categories)[number];

/** The analysis intents of the plan. */
export const intents = analysisIntents;
export type Intent = AnalysisIntent;

/**
 * Kinds of time phrase, tagged on the cases that use one. The demo set must cover the first
 * twelve (the list); the rest are extra.
 */
export const requiredTimeKinds = [
  'last-week',
  'month-to-date',
  'ytd',
  'quarter',
  'holiday-season',
  'same-period-last-year',
  'between-dates',
  'on-a-day',
  'last-n-days',
  'this-month',
  'last-month',
  'last-year',
] as const;
export const timeKinds = [
  ...requiredTimeKinds,
  'this-year',
  'this-week',
  'year',
  'month-name',
  'last-n-weeks',
  'last-n-months',
  'since',
  'previous-period',
] as const;
export type TimeKind = (typeof timeKinds)[number];

/**
 * How an expected table is compared with the answer's rows:
 * - rows: same number of rows, row by row in order (rankings, trends);
 * - set: same rows in any order (breakdowns);
 * - first-row: only the answer's first row against the expected first row ("which brand sold most");
 * - total: one number (metrics).
 */
export type MatchMode = 'rows' | 'first-row' | 'set' | 'total';

/** Words a "why" answer must name (case-insensitive); an array means any one of them; a RegExp, a pattern. */
export type Mention = string | RegExp | readonly (string | RegExp)[];

export type Expect =
  | {
      kind: 'answer';
      /**
       * Hand-written DuckDB SQL returning the expected answer table: label columns (text or
       * dates) first, then numbers. Number columns named after a measure (`revenue`,
       * `revenue_previous`, `units`) are compared with the answer's column of that name;
       * otherwise by position among the answer's number columns.
       */
      sql: string;
      /** Defaults to `total` for one unlabelled number, else `rows`. */
      match?: MatchMode;
      /** Relative tolerance on numbers; default 0.005 (0.5%), with 0.01 absolute always allowed. */
      tolerance?: number;
    }
  | { kind: 'answer'; intent: 'forecast' | 'reviews' }
  | { kind: 'answer'; drivers: { mustMention: readonly Mention[] } }
  | { kind: 'clarify' }
  | { kind: 'refuse' };

export interface EvalCase {
  /** Unique within its set; short and stable, so a failure can be re-run with `--only <id>`. */
  id: string;
  category: Category;
  question: string;
  /** Asked in the same chat, right after this (earlier) case: a follow-up chain. */
  followUpOf?: string;
  /** The kind of time phrase the question uses, for the coverage check and the per-kind table. */
  time?: TimeKind;
  /** The intent a right reading has, for coverage (not scored except for hand-offs and drivers). */
  intent?: Intent;
  expect: Expect;
  /** Why the expected answer is what it is, when that is not obvious. */
  note?: string;
}

export interface EvalSet {
  id: 'demo' | 'retail';
  label: string;
  /** The latest day of the data: relative dates count back from it. */
  anchor: string;
  cases: readonly EvalCase[];
}
