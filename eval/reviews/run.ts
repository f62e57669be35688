// `npm run eval:reviews`: scores the real clothing reviews in
// ../shared/data/reviews/clothing-reviews-dev.csv.gz and prints Spearman's rho against the
// star rating and ROC AUC against "Recommended IND", next to the published figures from that
// folder's README. A measurement, not a test: it always exits 0. See docs/review-sentiment.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { defaultWeights, scoreSentiment, vaderCompound, type SentimentWeights } from '../../src/main/reviews/sentiment';
import { rocAuc, spearman } from './metrics';

const DEV_FILE = resolve(import.meta.dirname, '../../../shared/data/reviews/clothing-reviews-dev.csv.gz');

/** From ../shared/data/README.md: all 22,641 non-empty reviews (both halves). */
const published = [
  { name: 'vader-sentiment (published)', spearman: 0.433, auc: 0.788 },
  { name: 'sentiment / AFINN (published)', spearman: 0.384, auc: 0.742 },
  { name: 'wink-sentiment (published)', spearman: 0.382, auc: 0.749 },
];

interface Review {
  id: number;
  title: string;
  text: string;
  rating: number;
  recommended: number;
}

const log = (line = ''): void => void process.stdout.write(`${line}\n`);

const readReviews = async (path: string): Promise<Review[]> => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT id::INTEGER AS id, coalesce("Title", '') AS title, "Review Text" AS text,
              "Rating"::INTEGER AS rating, "Recommended IND"::INTEGER AS recommended
       FROM read_csv($path, header = true, quote = '"', escape = '"', all_varchar = true)
       WHERE "Review Text" IS NOT NULL AND trim("Review Text") <> ''
       ORDER BY id`,
      { path },
    );
    return reader.getRowObjectsJS().map((row) => ({
      id: Number(row.id),
      title: typeof row.title === 'string' ? row.title : '',
      text: typeof row.text === 'string' ? row.text : '',
      rating: Number(row.rating),
      recommended: Number(row.recommended),
    }));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
};

interface Row {
  name: string;
  all: { spearman: number; auc: number };
  quarter: { spearman: number; auc: number };
  rest: { spearman: number; auc: number };
  seconds: number;
}

const measure = (name: string, reviews: readonly Review[], score: (review: Review) => number): Row => {
  const started = performance.now();
  const scores = reviews.map(score);
  const seconds = (performance.now() - started) / 1000;
  const figures = (keep: (review: Review) => boolean) => {
    const indices = reviews.flatMap((review, index) => (keep(review) ? [index] : []));
    const pick = <T>(list: readonly T[]): T[] => indices.map((index) => list[index] as T);
    return {
      spearman: spearman(pick(scores), pick(reviews.map((review) => review.rating))),
      auc: rocAuc(pick(scores), pick(reviews.map((review) => review.recommended))),
    };
  };
  return {
    name,
    all: figures(() => true),
    quarter: figures((review) => review.id % 4 === 0),
    rest: figures((review) => review.id % 4 !== 0),
    seconds,
  };
};

const ours = (weights: SentimentWeights) => (review: Review) => scoreSentiment(review.text, review.title, weights);

const main = async (): Promise<void> => {
  if (!existsSync(DEV_FILE)) {
    log(`Skipped: ${DEV_FILE} is missing (it lives in the shared data folder next to the repo).`);
    return;
  }
  const loadStarted = performance.now();
  const reviews = await readReviews(DEV_FILE);
  log(`${reviews.length} non-empty reviews read in ${((performance.now() - loadStarted) / 1000).toFixed(2)} s`);

  const rows = [
    measure('aisle (title + text)', reviews, ours(defaultWeights)),
    measure('aisle, no domain layer', reviews, ours({ ...defaultWeights, domain: 0 })),
    measure('aisle, no title', reviews, ours({ ...defaultWeights, title: 0 })),
    measure('aisle, negative sentences x1.5', reviews, ours({ ...defaultWeights, negativeSentence: 1.5 })),
    measure('aisle, title weight 0.7', reviews, ours({ ...defaultWeights, title: 0.7 })),
    measure('vader-sentiment, review text (here)', reviews, (review) => vaderCompound(review.text)),
    measure('vader-sentiment, title + text (here)', reviews, (review) =>
      vaderCompound(`${review.title}. ${review.text}`),
    ),
  ];

  const f = (value: number): string => (Number.isNaN(value) ? '-' : value.toFixed(3));
  const pad = (text: string, width: number): string => text.padEnd(width);
  log();
  log(
    `${pad('scorer', 40)} ${pad('Spearman', 9)} ${pad('AUC', 7)} | ${pad('id%4=0 rho', 11)} ${pad('AUC', 7)} | ${pad('rest rho', 9)} ${pad('AUC', 7)} | time`,
  );
  for (const row of rows) {
    log(
      `${pad(row.name, 40)} ${pad(f(row.all.spearman), 9)} ${pad(f(row.all.auc), 7)} | ${pad(f(row.quarter.spearman), 11)} ${pad(f(row.quarter.auc), 7)} | ${pad(f(row.rest.spearman), 9)} ${pad(f(row.rest.auc), 7)} | ${row.seconds.toFixed(2)} s`,
    );
  }
  for (const row of published) {
    log(`${pad(row.name, 40)} ${pad(f(row.spearman), 9)} ${pad(f(row.auc), 7)} | (all 22,641 reviews, both halves)`);
  }
  const first = rows[0];
  if (first) {
    const perTenThousand = (first.seconds / reviews.length) * 10_000;
    log();
    log(`aisle scorer: ${perTenThousand.toFixed(2)} s per 10,000 reviews (title + text).`);
    log(`Goal: Spearman >= 0.55 -> ${first.all.spearman >= 0.55 ? 'met' : 'not met'} (${f(first.all.spearman)}).`);
  }
};

await main();
