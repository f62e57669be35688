import { X } from 'lucide-react';
import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import type { ProductFilters, SentimentBand } from '../../../../shared/contract/explore';
import { Button } from '../../components/Button';
import { aspectLabel } from './explore-format';
import { emptyFilters } from './grid-query';

type Facets = MethodOutput<'explore.products'>['facets'];

interface ExploreFiltersProps {
  facets: Facets;
  filters: ProductFilters;
  onChange: (filters: ProductFilters) => void;
  onClose: () => void;
  hasReviews: boolean;
  /** The source's currency (ISO code), named beside the price range; null when not known. */
  currency: string | null;
}

const toggle = (list: string[], value: string): string[] =>
  list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

const CheckList = ({
  title,
  values,
  selected,
  onChange,
  searchable = false,
  placeholder = '',
}: {
  title: string;
  placeholder?: string;
  values: string[];
  selected: string[];
  onChange: (next: string[]) => void;
  searchable?: boolean;
}) => {
  const [needle, setNeedle] = useState('');
  const shown = needle === '' ? values : values.filter((value) => value.toLowerCase().includes(needle.toLowerCase()));
  return (
    <fieldset className="filter-group">
      <legend>
        {title}
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Clear
          </button>
        )}
      </legend>
      {searchable && (
        <input
          type="search"
          className="input input--small"
          placeholder={placeholder}
          aria-label={`Find a ${title.toLowerCase()}`}
          value={needle}
          onChange={(event) => setNeedle(event.target.value)}
        />
      )}
      <div className="filter-group__list">
        {shown.map((value) => (
          <label key={value} className="filter-check">
            <input
              type="checkbox"
              checked={selected.includes(value)}
              onChange={() => onChange(toggle(selected, value))}
            />
            <span>{value}</span>
          </label>
        ))}
        {shown.length === 0 && <p className="muted">None match.</p>}
      </div>
    </fieldset>
  );
};

const numberOrNull = (text: string): number | null => {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
};

/** The grid's filters: what the products are, what they cost, and what reviewers say. */
export const ExploreFilters = ({ facets, filters, onChange, onClose, hasReviews, currency }: ExploreFiltersProps) => {
  const set = (patch: Partial<ProductFilters>): void => onChange({ ...filters, ...patch });
  return (
    <aside className="explore-filters" aria-label="Filters">
      <div className="explore-filters__head">
        <h2>Filters</h2>
        <Button variant="ghost" size="sm" onClick={() => onChange(emptyFilters)}>
          Reset
        </Button>
        <Button variant="ghost" size="sm" icon={<X size={16} />} aria-label="Close filters" onClick={onClose} />
      </div>
      {hasReviews && (
        <fieldset className="filter-group">
          <legend>Has complaints about</legend>
          <select
            className="select"
            aria-label="Has complaints about"
            value={filters.complaintsAbout ?? ''}
            onChange={(event) => set({ complaintsAbout: event.target.value === '' ? null : event.target.value })}
          >
            <option value="">Any aspect or none</option>
            {facets.aspects.map((aspect) => (
              <option key={aspect} value={aspect}>
                {aspectLabel(aspect)}
              </option>
            ))}
          </select>
          <p className="filter-hint">At least 20% of the period’s reviews, and three times the store’s usual share.</p>
        </fieldset>
      )}
      {hasReviews && (
        <div className="filter-row">
          <label className="filter-field">
            <span>Rating</span>
            <select
              className="select"
              value={filters.ratingMin ?? ''}
              onChange={(event) => set({ ratingMin: event.target.value === '' ? null : Number(event.target.value) })}
            >
              <option value="">Any</option>
              <option value="4">4 ★ and up</option>
              <option value="3">3 ★ and up</option>
              <option value="2">2 ★ and up</option>
            </select>
          </label>
          <label className="filter-field">
            <span>Sentiment</span>
            <select
              className="select"
              value={filters.sentiment ?? ''}
              onChange={(event) =>
                set({ sentiment: event.target.value === '' ? null : (event.target.value as SentimentBand) })
              }
            >
              <option value="">Any</option>
              <option value="positive">Positive</option>
              <option value="mixed">Mixed</option>
              <option value="negative">Negative</option>
            </select>
          </label>
        </div>
      )}
      {facets.price && (
        <fieldset className="filter-group">
          <legend>{currency === null ? 'Price' : `Price (${currency})`}</legend>
          <div className="filter-row">
            <label className="filter-field">
              <span>From</span>
              <input
                className="input input--small"
                type="number"
                min={0}
                placeholder={String(Math.floor(facets.price.min))}
                value={filters.priceMin ?? ''}
                onChange={(event) => set({ priceMin: numberOrNull(event.target.value) })}
              />
            </label>
            <label className="filter-field">
              <span>To</span>
              <input
                className="input input--small"
                type="number"
                min={0}
                placeholder={String(Math.ceil(facets.price.max))}
                value={filters.priceMax ?? ''}
                onChange={(event) => set({ priceMax: numberOrNull(event.target.value) })}
              />
            </label>
          </div>
        </fieldset>
      )}
      {facets.departments.length > 1 && (
        <CheckList
          title="Departments"
          values={facets.departments}
          selected={filters.departments}
          onChange={(departments) => set({ departments })}
        />
      )}
      {facets.categories.length > 0 && (
        <CheckList
          title="Categories"
          values={facets.categories}
          selected={filters.categories}
          onChange={(categories) => set({ categories })}
          searchable={facets.categories.length > 12}
          placeholder="Find a category"
        />
      )}
      {facets.brands.length > 0 && (
        <CheckList
          title="Brands"
          values={facets.brands}
          selected={filters.brands}
          onChange={(brands) => set({ brands })}
          searchable
          placeholder="Find a brand"
        />
      )}
    </aside>
  );
};
