import { LineChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import type { ForecastEvent, ForecastGrain, ForecastSeries } from '../../../../shared/contract/forecast';
import { useSvgChart } from '../../components/use-svg-chart';
import { useThemeContext } from '../../theme/theme-context';
import type { ForecastMeasure } from './forecast-controls';
import { forecastChartDescription, forecastChartOption } from './forecast-chart-option';

echarts.use([
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  SVGRenderer,
]);

interface ForecastChartProps {
  series: ForecastSeries;
  events: readonly ForecastEvent[];
  measure: ForecastMeasure;
  grain: ForecastGrain;
  confidence: number;
  /** The source's currency (ISO code) for revenue; null shows plain numbers. */
  currency: string | null;
  height: number;
  compact?: boolean;
}

/** One series' forecast chart (history, forecast, interval, backtest, events), redrawn with the data or the theme. */
export const ForecastChart = ({
  series,
  events,
  measure,
  grain,
  confidence,
  currency,
  height,
  compact = false,
}: ForecastChartProps) => {
  const { resolved } = useThemeContext();
  const chartOption = useMemo(
    () => forecastChartOption(series, events, { measure, grain, confidence, theme: resolved, currency, compact }),
    [series, events, measure, grain, confidence, currency, compact, resolved],
  );
  const element = useSvgChart(chartOption);

  return (
    <div
      ref={element}
      className={compact ? 'forecast-chart forecast-chart--compact' : 'forecast-chart'}
      style={{ height }}
      role="img"
      aria-label={forecastChartDescription(series, events, { measure, grain, confidence })}
      data-testid={compact ? 'forecast-chart-compact' : 'forecast-chart'}
    />
  );
};
