import { ArrowDownWideNarrow, ArrowUpNarrowWide, Search, SlidersHorizontal, X } from 'lucide-react';
import { isTyping } from '../../app/is-typing';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExplorePeriod, ProductFilters, ProductSort } from '../../../../shared/contract/explore';
import { shiftDay } from '../../../../shared/format/day';
import { useActiveSource } from '../../api/active-source';
import { useSources } from '../../api/hooks';
import { useMoney } from '../../api/use-money';
import { useOffline } from '../../api/use-offline';
import { BigQueryAiPanel } from './BigQueryAiPanel';
import { SemanticSearchPanel } from './SemanticSearchPanel';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { SegmentedControl } from '../../components/SegmentedControl';
import { aspectLabel, formatDay } from './explore-format';
import { EXPLORE_TARGET_EVENT, takeExploreTarget, type ExploreTarget } from './explore-navigation';
import { ExploreFilters } from './ExploreFilters';
import { activeFilterCount, emptyFilters, type GridQuery } from './grid-query';
import { pinViewBlockedReason } from './pin-view-reason';
import { PinViewButton } from './PinViewButton';
import { ProductGrid } from './ProductGrid';
import { ProductPage } from './product/ProductPage';
import { ReviewList } from './product/ReviewList';
import { useProductPages } from './use-product-pages';
import { OfflineNote } from '../../components/OfflineNote';

type Mode = 'products' | 'reviews';

const SORTS: { value: ProductSort; label: string }[] = [
  { value: 'revenue', label: 'Revenue' },
  { value: 'units', label: 'Units' },
  { value: 'growth', label: 'Growth' },
  { value: 'rating', label: 'Rating' },
  { value: 'sentiment', label: 'Sentiment' },
  { value: 'complaints', label: 'Complaints' },
  { value: 'return_rate', label: 'Return rate' },
  { value: 'reviews', label: 'Review count' },
  { value: 'price', label: 'Price' },
  { value: 'name', label: 'Name' },
];

/** The product image and review explorer. A different data source starts afresh. */
export const ExplorePage = () => {
  const { activeId, setActiveId } = useActiveSource();
  // Each target another page sends (Ask's "open in Explore") starts the workspace afresh.
  const [arrival, setArrival] = useState(() => ({ target: takeExploreTarget(), generation: 0 }));
  useEffect(() => {
    const onTarget = (): void =>
      setArrival((previous) => ({ target: takeExploreTarget(), generation: previous.generation + 1 }));
    window.addEventListener(EXPLORE_TARGET_EVENT, onTarget);
    return () => window.removeEventListener(EXPLORE_TARGET_EVENT, onTarget);
  }, []);
  const { target, generation } = arrival;
  // A target switches to its source once; after that the source picker rules.
  const switchedFor = useRef(-1);
  useEffect(() => {
    if (target === null || switchedFor.current === generation) return;
    switchedFor.current = generation;
    if (target.sourceId !== activeId) setActiveId(target.sourceId);
  }, [target, generation, activeId, setActiveId]);
  const sources = useSources();
  const onBigQuery = sources.data?.sources.find((source) => source.id === activeId)?.kind === 'bigquery';
  return (
    <ExploreWorkspace
      key={`${activeId}|${generation}`}
      sourceId={activeId}
      onBigQuery={onBigQuery}
      target={target?.sourceId === activeId ? target : null}
    />
  );
};

const ExploreWorkspace = ({
  sourceId,
  onBigQuery,
  target,
}: {
  sourceId: string;
  onBigQuery: boolean;
  target: ExploreTarget | null;
}) => {
  const [mode, setMode] = useState<Mode>('products');
  const [period, setPeriod] = useState<ExplorePeriod>(target?.period ?? 'last_12_months');
  const [searchText, setSearchText] = useState(target?.search ?? '');
  const [search, setSearch] = useState(target?.search ?? '');
  const [filters, setFilters] = useState<ProductFilters>({ ...emptyFilters, ...target?.filters });
  const [sort, setSort] = useState<ProductSort>(
    target?.sort ?? (target?.filters?.complaintsAbout ? 'complaints' : 'revenue'),
  );
  const [direction, setDirection] = useState<'asc' | 'desc'>(
    target?.direction ?? (target?.sort === 'rating' ? 'asc' : 'desc'),
  );
  const [filtersOpen, setFiltersOpen] = useState(activeFilterCount({ ...emptyFilters, ...target?.filters }) > 0);
  const [productId, setProductId] = useState<string | null>(target?.productId ?? null);
  const [visible, setVisible] = useState({ first: 0, last: 0 });
  const searchBox = useRef<HTMLInputElement>(null);
  const offline = useOffline();
  const money = useMoney(sourceId);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (notice === null) return undefined;
    const timer = window.setTimeout(() => setNotice(null), 6000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  // Typing settles for a moment before the grid asks main again.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(searchText.trim()), 200);
    return () => window.clearTimeout(timer);
  }, [searchText]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (productId !== null) return;
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (commandK || slash) {
        event.preventDefault();
        searchBox.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [productId]);

  const query: GridQuery = useMemo(
    () => ({ sourceId, period, search, filters, sort, direction }),
    [sourceId, period, search, filters, sort, direction],
  );
  const { first, productAt, progress } = useProductPages(query, visible);
  const onVisible = useCallback((range: { first: number; last: number }) => setVisible(range), []);
  const data = first.data;
  const filterCount = activeFilterCount(filters);
  const pinBlocked = pinViewBlockedReason(offline, onBigQuery, data?.total ?? null);

  if (productId !== null) {
    return (
      <div className="explore__product">
        <ProductPage
          key={productId}
          sourceId={sourceId}
          productId={productId}
          period={period}
          onBack={() => setProductId(null)}
          onOpenProduct={setProductId}
          aiSummary={onBigQuery ? <BigQueryAiPanel sourceId={sourceId} productId={productId} /> : undefined}
        />
      </div>
    );
  }

  const chips = [
    ...filters.departments.map((value) => ({
      label: value,
      clear: { departments: filters.departments.filter((v) => v !== value) },
    })),
    ...filters.categories.map((value) => ({
      label: value,
      clear: { categories: filters.categories.filter((v) => v !== value) },
    })),
    ...filters.brands.map((value) => ({ label: value, clear: { brands: filters.brands.filter((v) => v !== value) } })),
    ...(filters.complaintsAbout
      ? [{ label: `${aspectLabel(filters.complaintsAbout)} complaints`, clear: { complaintsAbout: null } }]
      : []),
    ...(filters.ratingMin !== null ? [{ label: `${filters.ratingMin} ★ and up`, clear: { ratingMin: null } }] : []),
    ...(filters.sentiment
      ? [{ label: `${aspectLabel(filters.sentiment)} sentiment`, clear: { sentiment: null } }]
      : []),
    ...(filters.priceMin !== null
      ? [{ label: `from ${money.amount(filters.priceMin)}`, clear: { priceMin: null } }]
      : []),
    ...(filters.priceMax !== null
      ? [{ label: `to ${money.amount(filters.priceMax)}`, clear: { priceMax: null } }]
      : []),
  ] satisfies { label: string; clear: Partial<ProductFilters> }[];

  return (
    <div className="explore">
      {/* The toolbar is the page's header; the heading is there for screen readers and the outline. */}
      <h1 className="visually-hidden">Explore products and reviews</h1>
      <div className="explore__toolbar">
        <SegmentedControl<Mode>
          label="Explore"
          segments={[
            { value: 'products', label: 'Products' },
            { value: 'reviews', label: 'Reviews' },
          ]}
          value={mode}
          onChange={setMode}
        />
        {mode === 'products' && (
          <>
            <label className="explore__search">
              <Search size={16} aria-hidden="true" />
              <input
                ref={searchBox}
                type="search"
                placeholder="Search products and brands  ( / )"
                aria-label="Search products"
                value={searchText}
                onChange={(event) => setSearchText(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'ArrowDown') {
                    event.preventDefault();
                    document.querySelector<HTMLElement>('.product-tile[data-index="0"]')?.focus();
                  }
                }}
              />
            </label>
            <Button
              variant={filtersOpen ? 'primary' : 'secondary'}
              icon={<SlidersHorizontal size={16} />}
              onClick={() => setFiltersOpen((open) => !open)}
              aria-expanded={filtersOpen}
            >
              Filters{filterCount > 0 ? ` · ${filterCount}` : ''}
            </Button>
            <label className="explore__sort">
              <span>Sort by</span>
              <select className="select" value={sort} onChange={(event) => setSort(event.target.value as ProductSort)}>
                {SORTS.filter(
                  (option) =>
                    data?.reviews === 'ready' ||
                    !['rating', 'sentiment', 'complaints', 'reviews'].includes(option.value),
                ).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <Button
              variant="ghost"
              icon={direction === 'desc' ? <ArrowDownWideNarrow size={16} /> : <ArrowUpNarrowWide size={16} />}
              aria-label={
                direction === 'desc' ? 'Highest first; switch to lowest first' : 'Lowest first; switch to highest first'
              }
              title={direction === 'desc' ? 'Highest first' : 'Lowest first'}
              onClick={() => setDirection((value) => (value === 'desc' ? 'asc' : 'desc'))}
            />
            <SegmentedControl<ExplorePeriod>
              label="Period"
              segments={[
                { value: 'last_3_months', label: '3 months' },
                { value: 'last_12_months', label: '12 months' },
              ]}
              value={period}
              onChange={setPeriod}
            />
          </>
        )}
      </div>
      {mode === 'reviews' ? (
        <div className="explore__reviews">
          {onBigQuery && <SemanticSearchPanel sourceId={sourceId} onOpenProduct={setProductId} />}
          <ReviewList sourceId={sourceId} showProduct onOpenProduct={setProductId} />
        </div>
      ) : (
        <div className={filtersOpen ? 'explore__body explore__body--filters' : 'explore__body'}>
          {filtersOpen && data && (
            <ExploreFilters
              facets={data.facets}
              filters={filters}
              onChange={setFilters}
              onClose={() => setFiltersOpen(false)}
              hasReviews={data.reviews === 'ready'}
              currency={money.currency}
            />
          )}
          <section className="explore__results" aria-busy={first.isFetching}>
            <OfflineNote note={data?.offlineNote} />
            <div className="explore__summary">
              <div className="explore__summary-text">
                {data ? (
                  <span>
                    <strong>{data.total.toLocaleString('en-US')}</strong>
                    {data.total === data.catalogueSize
                      ? ' products'
                      : ` of ${data.catalogueSize.toLocaleString('en-US')} products`}
                    <span className="muted">
                      {' '}
                      · sales {formatDay(data.period.current.start)} to{' '}
                      {formatDay(shiftDay(data.period.current.end, -1))}, growth against a year earlier
                    </span>
                  </span>
                ) : (
                  <span className="muted">Reading products…</span>
                )}
                {chips.map((chip) => (
                  <button
                    key={`${Object.keys(chip.clear)[0] ?? ''}:${chip.label}`}
                    type="button"
                    className="filter-chip"
                    aria-label={`Remove filter: ${chip.label}`}
                    onClick={() => setFilters({ ...filters, ...chip.clear })}
                  >
                    {chip.label}
                    <X size={12} aria-hidden="true" />
                  </button>
                ))}
                {chips.length > 1 && (
                  <button type="button" className="link-button" onClick={() => setFilters(emptyFilters)}>
                    Clear all
                  </button>
                )}
              </div>
              {/* Beside the words that say what the view is (the toolbar above is full at 1280 px). */}
              <PinViewButton
                query={query}
                disabledReason={pinBlocked}
                onPinned={(title) => setNotice(`Pinned “${title}”. It is in Reports.`)}
              />
            </div>
            {first.isError && (
              <div className="banner banner--danger" role="alert">
                {first.error instanceof Error ? first.error.message : 'The products could not be read.'}{' '}
                <Button size="sm" onClick={() => void first.refetch()}>
                  Retry
                </Button>
              </div>
            )}
            {!data && first.isPending && (
              <div className="explore__loading">
                <p>{progress?.stage ?? 'Reading products and sales…'}</p>
                <ProgressBar fraction={progress?.fraction ?? null} label="Reading products" />
                <p className="muted">
                  The first visit reads every review once to score its sentiment; later visits are instant.
                </p>
              </div>
            )}
            {data && data.total === 0 && (
              <div className="explore__empty">
                <h2>No products match</h2>
                <p className="muted">
                  {search !== '' ? `Nothing is called “${search}”. ` : ''}Try fewer filters or another period.
                </p>
                <Button
                  onClick={() => {
                    setFilters(emptyFilters);
                    setSearchText('');
                  }}
                >
                  Clear search and filters
                </Button>
              </div>
            )}
            {data && data.total > 0 && (
              <ProductGrid
                sourceId={sourceId}
                total={data.total}
                productAt={productAt}
                onVisible={onVisible}
                onOpen={(product) => setProductId(product.id)}
                complaintAspect={filters.complaintsAbout}
                resetKey={JSON.stringify(query)}
              />
            )}
          </section>
        </div>
      )}
      {notice && (
        <div className="toast" role="status">
          {notice}
        </div>
      )}
    </div>
  );
};
