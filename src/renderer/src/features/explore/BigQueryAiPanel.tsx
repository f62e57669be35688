import type { ExploreAiResult } from '../../../../shared/contract/explore-ai';
import { aspectLabel } from './explore-format';
import { AiTaskRunner } from './AiTaskRunner';

const sign = (value: number): string => (value > 0.05 ? 'positive' : value < -0.05 ? 'negative' : 'neutral');

const SummaryResult = ({ result }: { result: ExploreAiResult }) =>
  result.task === 'summary' ? (
    <blockquote className="ai-summary">
      <p>{result.summary.summary}</p>
      <footer className="muted">Gemini in BigQuery, from {result.summary.reviewsRead} reviews</footer>
    </blockquote>
  ) : null;

const RowsResult = ({ result }: { result: ExploreAiResult }) => {
  if (result.task === 'sentiment') {
    const average = result.rows.reduce((sum, row) => sum + row.sentiment, 0) / Math.max(1, result.rows.length);
    return (
      <p>
        {result.rows.length} reviews scored; average sentiment{' '}
        <strong className={`tone-${sign(average)}`}>{average.toFixed(2)}</strong>
      </p>
    );
  }
  if (result.task === 'aspects') {
    const counts = new Map<string, { n: number; sum: number }>();
    for (const row of result.rows) {
      const entry = counts.get(row.aspect) ?? { n: 0, sum: 0 };
      counts.set(row.aspect, { n: entry.n + 1, sum: entry.sum + row.sentiment });
    }
    return (
      <ul className="ai-aspects">
        {[...counts]
          .sort((a, b) => b[1].n - a[1].n)
          .map(([aspect, { n, sum }]) => (
            <li key={aspect} className={`tone-${sign(sum / n)}`}>
              {aspectLabel(aspect)} · {n} mentions · {(sum / n).toFixed(2)}
            </li>
          ))}
      </ul>
    );
  }
  if (result.task === 'imageAttributes') {
    return (
      <ul className="ai-images">
        {result.rows.map((row) => (
          <li key={row.uri}>
            <strong>{row.view ?? 'view'}</strong>: {row.description}
            <span className="muted">
              {' '}
              {[row.garment, row.colour, row.pattern].filter(Boolean).join(' · ')}
              {row.cachedImage ? ' · image kept for offline' : ''}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return null;
};

/** BigQuery AI for one product, on BigQuery sources: each action shows its cost before it runs. */
export const BigQueryAiPanel = ({ sourceId, productId }: { sourceId: string; productId: string }) => (
  <section className="bigquery-ai" aria-label="BigQuery AI">
    <h3>With Gemini in BigQuery</h3>
    <div className="bigquery-ai__tasks">
      <AiTaskRunner
        sourceId={sourceId}
        task="summary"
        productId={productId}
        action="Summarise the reviews (AI.GENERATE)"
        render={(result) => <SummaryResult result={result} />}
      />
      <AiTaskRunner
        sourceId={sourceId}
        task="aspects"
        productId={productId}
        action="Extract aspects (AI.GENERATE)"
        render={(result) => <RowsResult result={result} />}
      />
      <AiTaskRunner
        sourceId={sourceId}
        task="sentiment"
        productId={productId}
        action="Score sentiment (AI.GENERATE_DOUBLE)"
        render={(result) => <RowsResult result={result} />}
      />
      <AiTaskRunner
        sourceId={sourceId}
        task="imageAttributes"
        productId={productId}
        action="Describe the images (OBJ.MAKE_REF)"
        render={(result) => <RowsResult result={result} />}
      />
    </div>
  </section>
);
