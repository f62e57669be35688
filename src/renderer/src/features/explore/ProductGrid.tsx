import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ProductCard } from '../../../../shared/contract/explore';
import { useSourceCurrency } from '../../api/use-money';
import { columnsFor, moveFocus } from './grid-query';
import { ProductTile, TilePlaceholder } from './ProductTile';

const MIN_TILE = 220;
const GAP = 16;
// A row is a tile (376px, explore.css) and the gap below it.
const ROW_HEIGHT = 392;

interface ProductGridProps {
  sourceId: string;
  total: number;
  productAt: (index: number) => ProductCard | undefined;
  onVisible: (range: { first: number; last: number }) => void;
  onOpen: (product: ProductCard) => void;
  complaintAspect: string | null;
  /** Changes when the query changes: the grid scrolls back to the top. */
  resetKey: string;
}

/**
 * Products as tiles in rows, virtualized: only the rows in view (and a few around them) are
 * in the page, so 30,000 products scroll like 30. Arrow keys, Page Up/Down, Home and End move
 * between tiles; Enter opens one.
 */
export const ProductGrid = ({
  sourceId,
  total,
  productAt,
  onVisible,
  onOpen,
  complaintAspect,
  resetKey,
}: ProductGridProps) => {
  const scroller = useRef<HTMLDivElement>(null);
  const currency = useSourceCurrency(sourceId);
  const [columns, setColumns] = useState(4);
  const [focused, setFocused] = useState(0);
  const rows = Math.ceil(total / columns);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const measure = (): void => setColumns(columnsFor(element.clientWidth - 2 * GAP, MIN_TILE, GAP));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // TanStack Virtual returns a mutable instance the React Compiler cannot memoise; it re-renders on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
  });
  const items = virtualizer.getVirtualItems();
  // The Tab key always finds a tile: the focused one when it is rendered, else the first in view.
  const firstShown = (items[0]?.index ?? 0) * columns;
  const lastShown = ((items.at(-1)?.index ?? 0) + 1) * columns - 1;
  const tabStop =
    focused >= firstShown && focused <= lastShown && productAt(focused) !== undefined ? focused : firstShown;
  const firstRow = items[0]?.index ?? 0;
  const lastRow = items.at(-1)?.index ?? 0;

  useEffect(() => {
    onVisible({ first: firstRow * columns, last: Math.min(total - 1, (lastRow + 1) * columns - 1) });
  }, [firstRow, lastRow, columns, total, onVisible]);

  useEffect(() => {
    setFocused(0);
    scroller.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const focusTile = (index: number): void => {
    setFocused(index);
    virtualizer.scrollToIndex(Math.floor(index / columns), { align: 'auto' });
    // The tile may only exist after the scroll renders its row.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus()),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const visibleRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT));
    const next = moveFocus(focused, event.key, columns, total, visibleRows);
    if (next === null) return;
    event.preventDefault();
    focusTile(next);
  };

  return (
    <div
      ref={scroller}
      className="product-grid"
      role="list"
      aria-label={`${total.toLocaleString('en-US')} products`}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((row) => (
          <div
            key={row.key}
            className="product-grid__row"
            style={{
              transform: `translateY(${row.start}px)`,
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
            }}
          >
            {Array.from({ length: columns }, (_, column) => {
              const index = row.index * columns + column;
              if (index >= total) return <div key={column} />;
              const product = productAt(index);
              return (
                <div key={column} role="listitem" aria-setsize={total} aria-posinset={index + 1}>
                  {product ? (
                    <ProductTile
                      sourceId={sourceId}
                      currency={currency}
                      product={product}
                      complaintAspect={complaintAspect}
                      index={index}
                      focused={index === tabStop}
                      onOpen={onOpen}
                      onFocus={setFocused}
                    />
                  ) : (
                    <TilePlaceholder />
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
};
