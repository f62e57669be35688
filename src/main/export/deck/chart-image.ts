import type { ChartPlan } from './chart-plan';
import { moneyFormat } from '../../../shared/format/money';
import type { NumberStyle } from './deck-format';
import { deckTheme } from './deck-theme';

/** Pixels per inch of the SVG; the PNG is rendered at twice that so it stays crisp when projected. */
const PX_PER_INCH = 96;
const SCALE = 2;

/**
 * Module names held in variables: the bundler must not pull ECharts (large) or resvg (a native
 * addon) into the main bundle; they load only when a chart needs the image path. Both are
 * devDependencies today, so a packaged app without them gets a table instead of the picture.
 */
const ECHARTS_MODULE = 'echarts';
const RESVG_MODULE = '@resvg/resvg-js';

type EChartsModule = typeof import('echarts');
type ResvgModule = typeof import('@resvg/resvg-js');

const hex = (color: string): string => `#${color}`;

/** Axis labels as the native chart's format codes show them: "$1,200", "£1,200", "12%", "1,200". */
const axisNumber = (value: number, style: NumberStyle, currency: string | null): string => {
  switch (style) {
    case 'currency':
      return `${value < 0 ? '-' : ''}${moneyFormat(currency).whole(Math.abs(value))}`;
    case 'percent':
      return `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
    case 'number':
      return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
};

/** The ECharts option for a plan: the same categories, series and colours as the native chart. */
export const echartsOptionOf = (plan: ChartPlan): Record<string, unknown> => {
  const colors = deckTheme.seriesColors.map(hex);
  const textStyle = { fontFamily: deckTheme.imageFontFamily, color: hex(deckTheme.text) };
  const base = { animation: false, color: colors, textStyle, backgroundColor: '#ffffff' };
  const legend = { show: plan.series.length > 1 || plan.type === 'pie' || plan.type === 'funnel', bottom: 0 };
  switch (plan.type) {
    case 'pie':
    case 'funnel': {
      const values = plan.series[0]?.values ?? [];
      return {
        ...base,
        legend,
        series: [
          {
            type: plan.type,
            name: plan.series[0]?.name ?? '',
            ...(plan.type === 'pie' ? { radius: ['0%', '68%'] } : { left: '10%', width: '80%', bottom: 40, top: 20 }),
            label: { show: true, formatter: '{b}' },
            data: plan.categories.map((name, index) => ({ name, value: values[index] ?? 0 })),
          },
        ],
      };
    }
    case 'scatter':
      return {
        ...base,
        legend,
        grid: { left: 70, right: 30, top: 30, bottom: 60 },
        xAxis: { type: 'value', name: plan.xName, nameLocation: 'middle', nameGap: 28, scale: true },
        yAxis: {
          type: 'value',
          scale: true,
          axisLabel: { formatter: (value: number) => axisNumber(value, plan.style, plan.currency) },
        },
        series: plan.series.map((one) => ({
          type: 'scatter',
          name: one.name,
          data: one.values.map((value, index) => [plan.xValues?.[index] ?? index, value]),
        })),
      };
    case 'bar':
    case 'column':
    case 'line':
    case 'area': {
      const horizontal = plan.type === 'bar';
      const categoryAxis = {
        type: 'category',
        data: plan.categories,
        inverse: horizontal,
        axisLabel: { hideOverlap: true, ...(horizontal ? { width: 160, overflow: 'truncate' } : {}) },
      };
      const valueAxis = {
        type: 'value',
        splitLine: { lineStyle: { color: '#e5e7eb' } },
        axisLabel: { formatter: (value: number) => axisNumber(value, plan.style, plan.currency) },
      };
      return {
        ...base,
        legend,
        grid: { left: horizontal ? 170 : 70, right: 40, top: 30, bottom: 60 },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxis,
        series: plan.series.map((one) => ({
          type: plan.type === 'bar' || plan.type === 'column' ? 'bar' : 'line',
          name: one.name,
          data: one.values,
          ...(plan.type === 'area' ? { areaStyle: { opacity: 0.25 } } : {}),
          ...(plan.type === 'line' || plan.type === 'area' ? { showSymbol: plan.categories.length <= 24 } : {}),
        })),
      };
    }
  }
};

/** Renders a plan to a PNG (ECharts server-side SVG, rasterised by resvg at 2x) of `width` × `height` inches. */
export const renderChartPng = async (plan: ChartPlan, size: { width: number; height: number }): Promise<Buffer> => {
  const echarts = (await import(/* @vite-ignore */ ECHARTS_MODULE)) as EChartsModule;
  const { Resvg } = (await import(/* @vite-ignore */ RESVG_MODULE)) as ResvgModule;
  const width = Math.round(size.width * PX_PER_INCH);
  const height = Math.round(size.height * PX_PER_INCH);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption(echartsOptionOf(plan));
    svg = chart.renderToSVGString();
  } finally {
    // An undisposed SSR chart keeps timers alive and the process with them.
    chart.dispose();
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: deckTheme.imageDefaultFont },
    background: '#ffffff',
  });
  return resvg.render().asPng();
};
