import { ArrowDown, ArrowUp } from 'lucide-react';
import { useState, type CSSProperties } from 'react';
import type { ProductDetail } from '../../../../../shared/contract/explore';
import { aspectLabel, formatCount, formatPercent } from '../explore-format';
import { defaultDirection, sentimentTint, sortAspects, type AspectSortKey, type SortDirection } from './aspect-sort';
import { isSelected, type ReviewFilter } from './review-filter';

interface AspectTableProps {
  aspects: ProductDetail['aspects'];
  filter: ReviewFilter | null;
  onSelect: (filter: ReviewFilter) => void;
}

const columns: { key: AspectSortKey; label: string; numeric: boolean }[] = [
  { key: 'aspect', label: 'Aspect', numeric: false },
  { key: 'share', label: 'Share of reviews', numeric: false },
  { key: 'sentiment', label: 'Sentiment', numeric: true },
  { key: 'complaints', label: 'Complaints', numeric: true },
];

/** What the reviews talk about; a row narrows the review list to its aspect. */
export const AspectTable = ({ aspects, filter, onSelect }: AspectTableProps) => {
  const [sort, setSort] = useState<{ key: AspectSortKey; direction: SortDirection }>({
    key: 'share',
    direction: 'desc',
  });
  if (aspects.length === 0) return <p className="product-muted">No aspects mentioned in this range.</p>;
  const rows = sortAspects(aspects, sort.key, sort.direction);
  const widest = Math.max(...aspects.map((row) => row.share), 0.0001);

  const sortBy = (key: AspectSortKey): void =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: defaultDirection(key) },
    );

  return (
    <table className="product-aspects">
      <caption className="visually-hidden">Aspects mentioned in reviews; choose one to filter the reviews</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const active = sort.key === column.key;
            const Arrow = sort.direction === 'asc' ? ArrowUp : ArrowDown;
            return (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'product-aspects__numeric' : undefined}
                aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="product-aspects__sort" onClick={() => sortBy(column.key)}>
                  {column.label}
                  {active && <Arrow size={12} aria-hidden="true" />}
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const selected = isSelected(filter, row.aspect);
          const tint = sentimentTint(row.sentiment);
          // The strength becomes a mix percentage of the tone's colour (see .product-tint in the CSS).
          const tintStyle = { '--tint': `${Math.round(12 + tint.strength * 40)}%` } as CSSProperties;
          return (
            <tr
              key={row.aspect}
              className={selected ? 'product-aspects__row product-aspects__row--selected' : 'product-aspects__row'}
              onClick={() => onSelect({ aspect: row.aspect, polarity: null })}
            >
              <th scope="row">
                {/* The button is what keyboards and screen readers use; the row click is a larger target. */}
                <button
                  type="button"
                  className="product-aspects__aspect"
                  aria-pressed={selected}
                  onClick={(event) => {
                    event.stopPropagation();
                    onSelect({ aspect: row.aspect, polarity: null });
                  }}
                >
                  {aspectLabel(row.aspect)}
                </button>
                {row.emerging && (
                  <span
                    className="product-aspects__new"
                    title="Beyond the eight standard aspects: this product’s reviews use the word far more often than other products’ reviews do"
                  >
                    new
                  </span>
                )}
              </th>
              <td>
                <span className="product-aspects__share">
                  <span className="product-aspects__bar" aria-hidden="true">
                    <span style={{ width: `${(row.share / widest) * 100}%` }} />
                  </span>
                  <span className="product-aspects__figure">
                    {formatPercent(row.share, 0)}
                    <span className="product-muted"> · {formatCount(row.mentions)}</span>
                  </span>
                </span>
              </td>
              <td className="product-aspects__numeric">
                <span className={`product-tint product-tint--${tint.tone}`} style={tintStyle}>
                  {row.sentiment > 0 ? '+' : row.sentiment < 0 ? '−' : ''}
                  {Math.abs(row.sentiment).toFixed(2)}
                </span>
              </td>
              <td className="product-aspects__numeric">{row.complaints > 0 ? formatCount(row.complaints) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
