import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ResultColumn } from '../../../../shared/contract/query';
import { useThemeContext } from '../../theme/theme-context';
import { REPORT_CHART_HEIGHT, reportChartDescription, reportChartOption } from './report-chart-option';
import type { Cell, PinnedChartSpec } from './report-snapshot';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  SVGRenderer,
]);

interface ReportChartProps {
  spec: PinnedChartSpec;
  columns: readonly ResultColumn[];
  rows: readonly (readonly Cell[])[];
}

/** A SQL report's chart, drawn from its snapshot with its pinned settings, in the app's theme. */
export const ReportChart = ({ spec, columns, rows }: ReportChartProps) => {
  const element = useRef<HTMLDivElement>(null);
  const { resolved } = useThemeContext();

  useEffect(() => {
    if (!element.current) return undefined;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption(reportChartOption(spec, columns, rows, resolved));
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
      className="report-chart"
      style={{ height: REPORT_CHART_HEIGHT }}
      role="img"
      aria-label={reportChartDescription(spec, columns)}
      data-testid="report-chart"
      data-chart-type={spec.type}
    />
  );
};
