import { useState } from 'react';
import { AiTaskRunner } from './AiTaskRunner';

/**
 * Search by meaning on a BigQuery source: the reviews are embedded once (AI.GENERATE_EMBEDDING,
 * cost shown first), then each search embeds the words and runs VECTOR_SEARCH.
 */
export const SemanticSearchPanel = ({
  sourceId,
  onOpenProduct,
}: {
  sourceId: string;
  onOpenProduct: (productId: string) => void;
}) => {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  return (
    <section className="bigquery-ai" aria-label="Search by meaning">
      <h3>Search by meaning with BigQuery</h3>
      <p className="muted">
        Finds reviews that say the same thing in other words (“came apart” for “ripped”). It needs the reviews embedded
        once in your dataset.
      </p>
      <AiTaskRunner
        sourceId={sourceId}
        task="createEmbeddings"
        action="Create the review embeddings"
        render={(result) =>
          result.task === 'createEmbeddings' ? (
            <p>
              {result.rows.toLocaleString('en-US')} reviews embedded in <code>{result.table}</code>.
            </p>
          ) : null
        }
      />
      <form
        className="semantic-search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(text.trim());
        }}
      >
        <input
          className="input"
          type="search"
          placeholder="e.g. falls apart after washing"
          aria-label="Search reviews by meaning"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </form>
      {query.length >= 2 && (
        <AiTaskRunner
          key={query}
          sourceId={sourceId}
          task="search"
          query={query}
          action={`Search for “${query}”`}
          render={(result) =>
            result.task === 'search' ? (
              <ol className="semantic-hits">
                {result.hits.map((hit) => (
                  <li key={hit.reviewId}>
                    <button type="button" className="link-button" onClick={() => onOpenProduct(hit.productId)}>
                      {hit.title ?? 'Review'}
                    </button>
                    <span className="muted"> · distance {hit.distance.toFixed(3)}</span>
                    <p>{hit.text}</p>
                  </li>
                ))}
              </ol>
            ) : null
          }
        />
      )}
    </section>
  );
};
