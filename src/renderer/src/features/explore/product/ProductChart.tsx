import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
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
  const element = useRef<HTMLDivElement>(null);
  const { resolved } = useThemeContext();

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
      className="product-chart"
      style={{ height }}
      role="img"
      aria-label={description}
      data-testid={testId}
    />
  );
};
