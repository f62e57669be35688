import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useSvgChart } from '../../../components/use-svg-chart';
import { useThemeContext } from '../../../theme/theme-context';
import type { ChartTheme } from './chart-theme';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, SVGRenderer]);

interface ProductChartProps {
  /** Builds the option for a theme; keep it stable (useCallback) so the chart is not redrawn per render. */
  option: (theme: ChartTheme) => Record<string, unknown>;
  description: string;
  height: number;
  testId?: string;
}

/** One ECharts chart of the product page, redrawn when the data or the theme changes. */
export const ProductChart = ({ option, description, height, testId }: ProductChartProps) => {
  const { resolved } = useThemeContext();
  const chartOption = useMemo(() => option(resolved), [option, resolved]);
  const element = useSvgChart(chartOption);

  return (
    <div
      ref={element}
      className="product-chart"
      style={{ height }}
      role="img"
      aria-label={description}
      data-testid={testId}
    />
  );
};
