import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import type { ResultColumn } from '../../../../shared/contract/query';
import { useSvgChart } from '../../components/use-svg-chart';
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
  const { resolved } = useThemeContext();
  const drawn = useMemo(() => chartOption(spec, columns, rows, resolved), [spec, columns, rows, resolved]);
  const element = useSvgChart(drawn);

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
