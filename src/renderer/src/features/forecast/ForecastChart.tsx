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
import { useCallback, useEffect, useRef } from 'react';
import type { ForecastEvent, ForecastGrain, ForecastSeries } from '../../../../shared/contract/forecast';
import { useThemeContext } from '../../theme/theme-context';
import type { ChartTheme } from '../explore/product/chart-theme';
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
  height,
  compact = false,
}: ForecastChartProps) => {
  const element = useRef<HTMLDivElement>(null);
  const { resolved } = useThemeContext();
  const option = useCallback(
    (theme: ChartTheme) => forecastChartOption(series, events, { measure, grain, confidence, theme, compact }),
    [series, events, measure, grain, confidence, compact],
  );

  useEffect(() => {
    if (!element.current) return undefined;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption(option(resolved));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option, resolved]);

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
