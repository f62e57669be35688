import * as echarts from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * An ECharts chart drawn as SVG into the returned element, resized with it, and drawn again
 * when `option` changes (keep it memoised). The caller registers the chart types it uses with
 * `echarts.use`; this only owns the instance's life.
 */
export const useSvgChart = (option: Record<string, unknown>) => {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return undefined;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return element;
};
