import { ReviewIndex, renderHighlights, reviewIndexPath, type ReviewSearchResult } from '../reviews/search';
import { DEMO_SOURCE } from '../sources/source-registry';
import { createCliCore } from './cli-core';
import { createProgressReporter } from './progress-bar';

export interface ReviewsSearchOptions {
  source: string;
  product?: string;
  json: boolean;
  limit: number;
}

const clip = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** Rating, date, product and the snippet with the matches in [brackets] (bold on a terminal). */
const formatHits = (result: ReviewSearchResult, bold: boolean): string => {
  const rows = result.results.map((hit) => [
    hit.rating === null ? '' : String(hit.rating),
    (hit.createdAt ?? '').slice(0, 10),
    clip(hit.productName ?? hit.productId, 32),
    renderHighlights(hit.snippet, hit.highlights, bold).replace(/\s+/g, ' '),
  ]);
  const header = ['rating', 'date', 'product', 'snippet'];
  const widths = header
    .slice(0, 3)
    .map((name, column) => Math.max(name.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (values: string[]): string =>
    values
      .map((value, column) => {
        const width = widths[column];
        if (width === undefined) return value;
        return column === 0 ? value.padStart(width) : value.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width)).concat('-------')), ...rows.map(line)].join('\n');
};

/**
 * `aisle reviews search "QUERY"`: full-text search over a source's reviews, ranked by BM25.
 * The index (one SQLite file per source under `<dataDir>/review-index/`) is built on first
 * use and rebuilt only when the source's reviews changed.
 */
export const runReviewsSearch = async (query: string, options: ReviewsSearchOptions): Promise<void> => {
  const core = createCliCore();
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGINT', cancel);
  let index: ReviewIndex | null = null;
  try {
    const source = core.sources.find(options.source);
    if (source.kind === 'bigquery') await core.google.auth.restore();
    const warehouse = await core.sources.warehouse(source.id);
    const manifest = source.id === DEMO_SOURCE.id ? core.demo.manifest() : null;
    const progress = createProgressReporter('Review index');
    const started = performance.now();
    const ensured = await ReviewIndex.ensure(warehouse, reviewIndexPath(core.dataDir, source.id), {
      signal: controller.signal,
      // A regenerated demo store can have the same row count and latest date as the old one.
      extraStamp: manifest
        ? JSON.stringify({ generator: manifest.generatorVersion, seed: manifest.seed, scale: manifest.scale })
        : '',
      onProgress: ({ fraction }) => progress.update('indexing reviews', fraction),
    });
    index = ensured.index;
    if (ensured.rebuilt) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      progress.done(`Indexed ${index.count().toLocaleString('en-US')} reviews of ${source.name} in ${seconds} s`);
    }
    const result = index.search(query, {
      limit: options.limit,
      ...(options.product === undefined ? {} : { productId: options.product }),
    });
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify({
          query,
          total: result.total,
          results: result.results.map((hit) => ({
            reviewId: hit.reviewId,
            productId: hit.productId,
            productName: hit.productName,
            rating: hit.rating,
            createdAt: hit.createdAt,
            score: hit.score,
            snippet: hit.snippet,
            highlights: hit.highlights,
          })),
        })}\n`,
      );
      return;
    }
    if (result.total === 0) {
      process.stderr.write(`No reviews match "${query}". Try fewer words, or OR between alternatives.\n`);
      return;
    }
    process.stdout.write(`${formatHits(result, process.stdout.isTTY)}\n`);
    const shown = result.results.length;
    process.stderr.write(
      `${result.total.toLocaleString('en-US')} review${result.total === 1 ? '' : 's'} match; showing the best ${shown}.\n`,
    );
  } finally {
    index?.close();
    process.off('SIGINT', cancel);
    await core.stop();
  }
};
