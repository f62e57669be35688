import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import type { ResultColumn } from '../../../../shared/contract/query';
import { useSvgChart } from '../../components/use-svg-chart';
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
  const { resolved } = useThemeContext();
  const chartOption = useMemo(() => reportChartOption(spec, columns, rows, resolved), [spec, columns, rows, resolved]);
  const element = useSvgChart(chartOption);

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
