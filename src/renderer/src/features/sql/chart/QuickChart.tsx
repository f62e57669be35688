import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ResultColumn } from '../../../../../shared/contract/query';
import { useThemeContext } from '../../../theme/theme-context';
import { cellText } from '../grid/format-cell';
import type { ChartSpec } from './chart-spec';

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

interface QuickChartProps {
  columns: readonly ResultColumn[];
  rows: readonly (readonly unknown[])[];
  spec: ChartSpec;
}

const palette = ['#3451d1', '#e07a3f', '#2f9e6f', '#b04fc4', '#d4a82c', '#3aa5c9'];

/** A quick look at a result as a chart (the first rows), in the app's colours. */
export const QuickChart = ({ columns, rows, spec }: QuickChartProps) => {
  const element = useRef<HTMLDivElement>(null);
  const { resolved } = useThemeContext();

  useEffect(() => {
    if (!element.current) return undefined;
    const chart = echarts.init(element.current, resolved === 'dark' ? 'dark' : undefined, { renderer: 'svg' });
    const text = resolved === 'dark' ? '#a0a8b6' : '#5d6675';
    const xName = columns[spec.x]?.name ?? '';
    const labels = rows.map((row) =>
      row[spec.x] === null || row[spec.x] === undefined ? 'NULL' : cellText(row[spec.x]),
    );
    const series = spec.y.map((index) => {
      const values = rows.map((row) =>
        typeof row[index] === 'number' ? row[index] : Number(row[index] ?? Number.NaN),
      );
      const name = columns[index]?.name ?? '';
      switch (spec.type) {
        case 'pie':
          return {
            type: 'pie' as const,
            name,
            radius: ['35%', '70%'],
            data: labels.map((label, i) => ({ name: label, value: values[i] })),
          };
        case 'scatter':
          return {
            type: 'scatter' as const,
            name,
            data: rows.map((row, i) => [Number(row[spec.x]), values[i]]),
            symbolSize: 6,
          };
        case 'area':
          return {
            type: 'line' as const,
            name,
            data: values,
            areaStyle: { opacity: 0.25 },
            showSymbol: false,
            smooth: true,
          };
        case 'line':
          return { type: 'line' as const, name, data: values, showSymbol: rows.length < 60, smooth: true };
        case 'bar':
          return { type: 'bar' as const, name, data: values, barMaxWidth: 28 };
      }
    });
    chart.setOption({
      backgroundColor: 'transparent',
      color: palette,
      textStyle: { fontFamily: 'Inter Variable, system-ui, sans-serif', color: text },
      tooltip: { trigger: spec.type === 'pie' || spec.type === 'scatter' ? 'item' : 'axis' },
      legend: spec.y.length > 1 || spec.type === 'pie' ? { top: 0, textStyle: { color: text } } : undefined,
      grid: { left: 64, right: 24, top: 36, bottom: 56 },
      ...(spec.type === 'pie'
        ? {}
        : {
            xAxis:
              spec.type === 'scatter'
                ? { type: 'value', name: xName, nameLocation: 'middle', nameGap: 30 }
                : { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
            yAxis: { type: 'value', splitLine: { lineStyle: { opacity: 0.3 } } },
            dataZoom: rows.length > 40 ? [{ type: 'inside' }] : [],
          }),
      series,
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [columns, rows, spec, resolved]);

  return (
    <div
      ref={element}
      className="quick-chart"
      role="img"
      aria-label={`${spec.type} chart of the result`}
      data-testid="quick-chart"
    />
  );
};
