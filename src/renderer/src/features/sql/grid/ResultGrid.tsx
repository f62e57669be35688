import { useVirtualizer } from '@tanstack/react-virtual';
import { Copy } from 'lucide-react';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ResultColumn } from '../../../../../shared/contract/query';
import { cellKind, cellText, formatCell, toTsv } from './format-cell';
import { RowPages, type LoadRows } from './row-pages';

const ROW_HEIGHT = 26;
const ROW_NUMBER_WIDTH = 72;

/** Mount one grid per result (key it by the result id): widths, position and pages start afresh. */
interface ResultGridProps {
  columns: readonly ResultColumn[];
  rowCount: number;
  loadRows: LoadRows;
  onCopied?: (what: string) => void;
  sort: { column: string; direction: 'asc' | 'desc' } | null;
  /** Null when the result cannot be re-sorted. */
  onSort: ((column: string) => void) | null;
}

const defaultWidth = (column: ResultColumn): number =>
  /INT|DOUBLE|DECIMAL|FLOAT|NUMERIC/i.test(column.type) ? 120 : /DATE|TIME/i.test(column.type) ? 170 : 200;

/**
 * A virtualized, paged result grid (ARIA grid): only the rows in view are in the DOM, and only
 * a few pages of rows are in memory, whatever the result's size. Arrow keys move the active
 * cell; Ctrl/Cmd+C copies it, Shift+Ctrl/Cmd+C its row; column headers copy their column.
 */
export const ResultGrid = ({ columns, rowCount, loadRows, onCopied, sort, onSort }: ResultGridProps) => {
  const scroller = useRef<HTMLDivElement>(null);
  const [, setVersion] = useState(0);
  const pages = useMemo(() => new RowPages(loadRows, () => setVersion((v) => v + 1)), [loadRows]);
  const [widths, setWidths] = useState<number[]>(() => columns.map(defaultWidth));
  const [active, setActive] = useState<{ row: number; col: number }>({ row: 0, col: 0 });

  // TanStack Virtual keeps its own state outside React; the compiler leaves this component as it is.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const totalWidth = ROW_NUMBER_WIDTH + widths.reduce((sum, width) => sum + width, 0);
  const template = `${ROW_NUMBER_WIDTH}px ${widths.map((width) => `${width}px`).join(' ')}`;

  const copy = useCallback(
    async (text: string, what: string): Promise<void> => {
      await navigator.clipboard.writeText(text);
      onCopied?.(what);
    },
    [onCopied],
  );

  const copyColumn = async (index: number): Promise<void> => {
    const rows = await pages.range(0, Math.min(rowCount, 5000));
    const column = columns[index];
    if (!column) return;
    await copy(
      toTsv(
        [column.name],
        rows.map((row) => [row[index]]),
      ),
      rowCount > 5000 ? `the first 5,000 values of ${column.name}` : `column ${column.name}`,
    );
  };

  const moveTo = (row: number, col: number): void => {
    const next = { row: Math.max(0, Math.min(rowCount - 1, row)), col: Math.max(0, Math.min(columns.length - 1, col)) };
    setActive(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const ctrl = event.ctrlKey || event.metaKey;
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(active.row + 1, active.col),
      ArrowUp: () => moveTo(active.row - 1, active.col),
      ArrowRight: () => moveTo(active.row, active.col + 1),
      ArrowLeft: () => moveTo(active.row, active.col - 1),
      PageDown: () => moveTo(active.row + page, active.col),
      PageUp: () => moveTo(active.row - page, active.col),
      Home: () => (ctrl ? moveTo(0, 0) : moveTo(active.row, 0)),
      End: () => (ctrl ? moveTo(rowCount - 1, columns.length - 1) : moveTo(active.row, columns.length - 1)),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
      return;
    }
    if (ctrl && event.key.toLowerCase() === 'c') {
      event.preventDefault();
      const row = pages.row(active.row);
      if (!row) return;
      if (event.shiftKey) void copy(toTsv(null, [row]), `row ${active.row + 1}`);
      else void copy(toTsv(null, [[row[active.col]]]), 'the cell');
    }
  };

  const startResize = (index: number) => (event: PointerEvent<HTMLSpanElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const startX = event.clientX;
    const startWidth = widths[index] ?? 120;
    const onMove = (move: globalThis.PointerEvent): void => {
      setWidths((current) =>
        current.map((width, i) => (i === index ? Math.max(56, startWidth + move.clientX - startX) : width)),
      );
    };
    const onUp = (): void => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
  };

  const activeRow = pages.row(active.row);
  const activeValue = activeRow?.[active.col];
  const activeColumn = columns[active.col];
  const inspect =
    activeColumn &&
    (cellKind(activeValue, activeColumn.type) === 'nested' ||
      (typeof activeValue === 'string' && activeValue.length > 60));

  return (
    <div className="result-grid">
      <div
        ref={scroller}
        className="result-grid__scroller"
        role="grid"
        aria-label="Query result"
        aria-rowcount={rowCount + 1}
        aria-colcount={columns.length + 1}
        aria-activedescendant={`cell-${active.row}-${active.col}`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="result-grid"
      >
        <div
          className="result-grid__header"
          role="row"
          aria-rowindex={1}
          style={{ gridTemplateColumns: template, width: totalWidth }}
        >
          <div className="result-grid__corner" role="columnheader">
            #
          </div>
          {columns.map((column, index) => (
            <div
              key={`${column.name}-${index}`}
              className="result-grid__colhead"
              role="columnheader"
              aria-sort={
                sort?.column === column.name ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
              }
            >
              <button
                type="button"
                className="result-grid__colbutton"
                title={`${column.name} · ${column.type}${onSort ? ' · click to sort' : ''}`}
                disabled={!onSort}
                onClick={() => onSort?.(column.name)}
              >
                <span className="result-grid__colname">
                  {column.name}
                  {sort?.column === column.name && (sort.direction === 'desc' ? ' ↓' : ' ↑')}
                </span>
                <span className="result-grid__coltype">{column.type.toLowerCase()}</span>
              </button>
              <button
                type="button"
                className="result-grid__copycol"
                aria-label={`Copy column ${column.name}`}
                title="Copy the column"
                onClick={() => void copyColumn(index)}
              >
                <Copy size={11} />
              </button>
              <span className="result-grid__resize" aria-hidden="true" onPointerDown={startResize(index)} />
            </div>
          ))}
        </div>
        <div style={{ height: virtualizer.getTotalSize(), width: totalWidth, position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = pages.row(item.index);
            return (
              <div
                key={item.key}
                className="result-grid__row"
                role="row"
                aria-rowindex={item.index + 2}
                style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: template, width: totalWidth }}
              >
                <div className="result-grid__rownum" role="rowheader">
                  {(item.index + 1).toLocaleString('en-US')}
                </div>
                {columns.map((column, colIndex) => {
                  const value = row?.[colIndex];
                  const kind = row ? cellKind(value, column.type) : 'null';
                  const isActive = active.row === item.index && active.col === colIndex;
                  return (
                    <div
                      key={colIndex}
                      id={`cell-${item.index}-${colIndex}`}
                      role="gridcell"
                      aria-colindex={colIndex + 2}
                      aria-selected={isActive}
                      className={`result-grid__cell result-grid__cell--${kind}${isActive ? ' is-active' : ''}`}
                      onClick={() => setActive({ row: item.index, col: colIndex })}
                    >
                      {row ? formatCell(value, column.type, column.name) : '…'}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      {inspect && (
        <pre className="result-grid__inspector" aria-label="Cell value">
          {typeof activeValue === 'object' ? JSON.stringify(activeValue, null, 2) : cellText(activeValue)}
        </pre>
      )}
    </div>
  );
};
