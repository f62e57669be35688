import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomInsideComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { ImageFormat } from './file-name';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  DataZoomInsideComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/** Export width: a slide's or a document's column, whatever the window is. */
export const EXPORT_WIDTH = 960;

/**
 * A chart drawn off screen at a fixed size and turned into a data URL: PNG at twice the pixels
 * (a canvas renderer), or SVG (the SVG renderer). The zoom slider is left out of a picture.
 */
export const chartImage = (
  option: Record<string, unknown>,
  format: ImageFormat,
  height: number,
  background: string,
) => {
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${EXPORT_WIDTH}px;height:${height}px;`;
  document.body.append(host);
  const chart = echarts.init(host, undefined, {
    renderer: format === 'png' ? 'canvas' : 'svg',
    width: EXPORT_WIDTH,
    height,
  });
  try {
    const zoom = Array.isArray(option.dataZoom)
      ? (option.dataZoom as { type?: string }[]).filter((entry) => entry.type !== 'slider')
      : option.dataZoom;
    const grid = option.grid as Record<string, unknown> | undefined;
    chart.setOption({
      ...option,
      animation: false,
      backgroundColor: background,
      ...(zoom === undefined ? {} : { dataZoom: zoom }),
      ...(grid && !Array.isArray(grid) ? { grid: { ...grid, bottom: 16 } } : {}),
    });
    return format === 'png'
      ? chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background })
      : chart.getDataURL({ type: 'svg' });
  } finally {
    chart.dispose();
    host.remove();
  }
};

/** Hands a data URL to the browser (or Electron's save dialog) as a download. */
export const downloadDataUrl = (url: string, fileName: string): void => {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
};
