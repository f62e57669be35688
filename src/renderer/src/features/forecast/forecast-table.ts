import type { ForecastResult } from '../../../../shared/contract/forecast';
import { forecastRows } from './forecast-chart-option';

const cell = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** Text that pastes into a cell without breaking the row: tabs and line breaks become spaces. */
const text = (value: string): string => value.replace(/[\t\r\n]+/g, ' ');

/**
 * The forecast as tab-separated rows for the clipboard (spreadsheets paste it as a table): one
 * row per series and period, with the actual, the forecast and its interval, and the backtest.
 */
export const forecastTable = (result: ForecastResult): string => {
  const level = `${result.confidence}%`;
  const header = [
    'Series',
    'Period start',
    'Actual',
    'Forecast',
    `Lower (${level})`,
    `Upper (${level})`,
    'Backtest forecast',
  ];
  const lines = [header.join('\t')];
  for (const series of result.series) {
    for (const row of forecastRows(series)) {
      lines.push(
        [
          text(series.label),
          row.ds,
          cell(row.actual),
          cell(row.forecast?.point),
          cell(row.forecast?.lower),
          cell(row.forecast?.upper),
          cell(row.backtest?.point),
        ].join('\t'),
      );
    }
  }
  return `${lines.join('\n')}\n`;
};

/** The forecast summed over the horizon: what the next periods add up to. Null without a forecast. */
export const forecastSum = (series: Pick<ForecastResult['series'][number], 'forecast'>): number | null =>
  series.forecast.length === 0 ? null : series.forecast.reduce((sum, point) => sum + point.point, 0);
