import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ResultColumn } from '../../../../shared/contract/query';
import { useThemeContext } from '../../theme/theme-context';
import { chartDescription, chartHeight, chartOption, type SeriesChartSpec } from './chart-option';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  SVGRenderer,
]);

interface AnswerChartProps {
  spec: SeriesChartSpec;
  columns: readonly ResultColumn[];
  rows: readonly (readonly unknown[])[];
}

/** An answer's line, bar or pie chart (loaded on first use: ECharts is large). */
export const AnswerChart = ({ spec, columns, rows }: AnswerChartProps) => {
  const element = useRef<HTMLDivElement>(null);
  const { resolved } = useThemeContext();

  useEffect(() => {
    if (!element.current) return undefined;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption(chartOption(spec, columns, rows, resolved));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [spec, columns, rows, resolved]);

  return (
    <div
      ref={element}
      className="ask-chart"
      style={{ height: chartHeight(spec, rows.length) }}
      role="img"
      aria-label={chartDescription(spec)}
      data-testid="answer-chart"
      data-chart-type={spec.type}
    />
  );
};
