import { AlertTriangle, Maximize2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { ForecastEvent, ForecastResult, ForecastSeries } from '../../../../shared/contract/forecast';
import { useSourceCurrency } from '../../api/use-money';
import { accuracySummary, compactAccuracy } from './forecast-accuracy';
import { horizonPhrase } from './forecast-controls';
import { formatMeasureCompact } from './forecast-format';
import { forecastSum } from './forecast-table';
import { ForecastChart } from './ForecastChart';

interface SmallMultiplesProps {
  result: ForecastResult;
  /** The series whose tile gets the keyboard focus back (after its large view closed). */
  returnTo: string | null;
  eventsFor: (series: ForecastSeries) => readonly ForecastEvent[];
  onOpen: (key: string) => void;
}

const Tile = ({
  series,
  result,
  currency,
  events,
  onOpen,
}: {
  series: ForecastSeries;
  result: ForecastResult;
  currency: string | null;
  events: readonly ForecastEvent[];
  onOpen: (key: string) => void;
}) => {
  const measure = result.measure;
  const sum = forecastSum(series);
  const tone = accuracySummary(series.backtest).tone;
  return (
    // The whole tile opens the series; the title button is what the keyboard reaches.
    <article
      className="forecast-tile"
      data-testid="forecast-tile"
      data-key={series.key}
      onClick={() => onOpen(series.key)}
    >
      <header className="forecast-tile__header">
        <h3 className="forecast-tile__title">
          <button
            type="button"
            className="forecast-tile__open"
            onClick={(event) => {
              event.stopPropagation();
              onOpen(series.key);
            }}
            aria-label={`${series.label}: open the forecast large`}
          >
            <span>{series.label}</span>
            <Maximize2 size={12} aria-hidden="true" />
          </button>
        </h3>
        {sum !== null && (
          <span className="forecast-tile__sum" title={`Forecast total, ${horizonPhrase(result.grain, result.horizon)}`}>
            {formatMeasureCompact(measure, sum, currency)}
          </span>
        )}
      </header>
      {series.history.length === 0 ? (
        <p className="forecast-tile__empty">No history to forecast.</p>
      ) : (
        <ForecastChart
          series={series}
          events={events}
          measure={measure}
          grain={result.grain}
          confidence={result.confidence}
          currency={currency}
          height={150}
          compact
        />
      )}
      <p className={`forecast-tile__accuracy forecast-tile__accuracy--${tone}`}>{compactAccuracy(series.backtest)}</p>
      <p className="forecast-tile__model" title={series.model}>
        {series.model}
      </p>
      {series.warnings.length > 0 && (
        <p className="forecast-tile__warning" title={series.warnings.join(' ')}>
          <AlertTriangle size={12} aria-hidden="true" />
          <span>{series.warnings[0]}</span>
        </p>
      )}
    </article>
  );
};

/** Many series at once, each a compact chart with its own accuracy; choosing one opens it large. */
export const SmallMultiples = ({ result, returnTo, eventsFor, onOpen }: SmallMultiplesProps) => {
  const grid = useRef<HTMLDivElement>(null);
  const currency = useSourceCurrency(result.sourceId);
  useEffect(() => {
    if (returnTo === null || !grid.current) return;
    const tile = [...grid.current.querySelectorAll<HTMLElement>('.forecast-tile')].find(
      (element) => element.dataset['key'] === returnTo,
    );
    tile?.scrollIntoView({ block: 'nearest' });
    tile?.querySelector<HTMLButtonElement>('.forecast-tile__open')?.focus({ preventScroll: true });
  }, [returnTo]);
  return (
    <div className="forecast-grid" data-testid="forecast-grid" ref={grid}>
      {result.series.map((series) => (
        <Tile
          key={series.key}
          series={series}
          result={result}
          currency={currency}
          events={eventsFor(series)}
          onOpen={onOpen}
        />
      ))}
    </div>
  );
};
