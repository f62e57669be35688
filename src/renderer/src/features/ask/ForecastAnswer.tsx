import { ArrowUpRight } from 'lucide-react';
import type { ForecastResult } from '../../../../shared/contract/forecast';
import { useSourceCurrency } from '../../api/use-money';
import { Button } from '../../components/Button';
import { compactAccuracy } from '../forecast/forecast-accuracy';
import { ForecastChart } from '../forecast/ForecastChart';
import { openForecast } from '../forecast/forecast-navigation';

/** At most this many series are drawn in an answer; the Forecast page shows them all. */
const SHOWN = 3;

/** A forecast answer: each series' chart with its interval and track record, and the way to the Forecast page. */
export const ForecastAnswer = ({ forecast }: { forecast: ForecastResult }) => {
  const currency = useSourceCurrency(forecast.sourceId);
  return (
    <section className="forecast-answer" aria-label="Forecast">
      {forecast.series.slice(0, SHOWN).map((series) => (
        <figure key={series.key} className="forecast-answer__series">
          {forecast.series.length > 1 && <figcaption>{series.label}</figcaption>}
          <ForecastChart
            series={series}
            events={forecast.events}
            measure={forecast.measure}
            grain={forecast.grain}
            confidence={forecast.confidence}
            currency={currency}
            height={240}
            compact
          />
          <p className="muted forecast-answer__accuracy">
            {compactAccuracy(series.backtest)} · {series.model}
          </p>
        </figure>
      ))}
      <Button
        variant="primary"
        size="sm"
        icon={<ArrowUpRight size={15} />}
        onClick={() =>
          openForecast({
            measure: forecast.measure,
            level: forecast.level,
            grain: forecast.grain,
            horizon: forecast.horizon,
            members:
              forecast.level === 'total'
                ? []
                : forecast.series.map((series) => ({ key: series.key, label: series.label })),
          })
        }
      >
        Open in Forecast
      </Button>
    </section>
  );
};
