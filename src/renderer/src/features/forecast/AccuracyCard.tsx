import { AlertTriangle, CheckCircle2, Info } from 'lucide-react';
import type { ForecastEngine, ForecastGrain, ForecastSeries } from '../../../../shared/contract/forecast';
import { Badge } from '../../components/Badge';
import { accuracySummary, formatMase, formatSmape, holdoutPhrase, maseExplanation } from './forecast-accuracy';
import { ENGINE_LABELS } from './forecast-controls';
import { grainUnit } from './forecast-dates';

interface AccuracyCardProps {
  series: ForecastSeries;
  grain: ForecastGrain;
  confidence: number;
  engine: ForecastEngine;
}

const ToneIcon = ({ tone }: { tone: 'success' | 'neutral' | 'warning' }) =>
  tone === 'success' ? (
    <CheckCircle2 size={16} aria-hidden="true" />
  ) : tone === 'warning' ? (
    <AlertTriangle size={16} aria-hidden="true" />
  ) : (
    <Info size={16} aria-hidden="true" />
  );

/** How good the forecast was on the held-back window, against seasonal naive, with the model named. */
export const AccuracyCard = ({ series, grain, confidence, engine }: AccuracyCardProps) => {
  const backtest = series.backtest;
  const summary = accuracySummary(backtest);
  const holdout = holdoutPhrase(grain, backtest);
  return (
    <aside
      className="forecast-accuracy"
      aria-label={`Accuracy of the ${series.label} forecast`}
      data-testid="accuracy-card"
    >
      <h2 className="forecast-accuracy__title">Backtest accuracy</h2>
      <p className={`forecast-accuracy__headline forecast-accuracy__headline--${summary.tone}`}>
        <ToneIcon tone={summary.tone} />
        <span>{summary.headline}</span>
      </p>
      {backtest && backtest.points.length > 0 && (
        <table className="forecast-accuracy__table">
          <caption className="visually-hidden">Backtest errors, lower is better</caption>
          <thead>
            <tr>
              <th scope="col">Error</th>
              <th scope="col">This forecast</th>
              <th scope="col">Seasonal naive</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">MASE</th>
              <td>{formatMase(backtest.mase)}</td>
              <td>{formatMase(backtest.naiveMase)}</td>
            </tr>
            <tr>
              <th scope="row">sMAPE</th>
              <td>{formatSmape(backtest.smape)}</td>
              <td>{formatSmape(backtest.naiveSmape)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {holdout && (
        <p className="forecast-accuracy__line">
          Checked on {holdout}, forecast as if they had not happened yet (dotted on the chart).
        </p>
      )}
      <dl className="forecast-accuracy__facts">
        <div>
          <dt>Model</dt>
          <dd>
            {series.model}
            {engine !== 'local' && (
              <>
                {' '}
                <Badge tone="accent">{ENGINE_LABELS[engine]}</Badge>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Interval</dt>
          <dd>
            {confidence}% prediction interval: the shaded band should hold about {confidence} of every 100 future{' '}
            {grainUnit(grain, 2)}.
          </dd>
        </div>
      </dl>
      {series.warnings.length > 0 && (
        <ul className="forecast-accuracy__warnings" aria-label="Warnings">
          {series.warnings.map((warning) => (
            <li key={warning}>
              <AlertTriangle size={13} aria-hidden="true" />
              <span>{warning}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="forecast-accuracy__explain">{maseExplanation(grain)}</p>
    </aside>
  );
};
