import { chartColors, type ChartTheme } from '../../ask/chart-option';

export type { ChartTheme };

/**
 * The explorer's chart colours, as literals from tokens.css (ECharts cannot read CSS variables,
 * and the chart is drawn before the theme attribute changes).
 */
export const productChartColors = {
  light: {
    ...chartColors.light,
    revenue: '#3451d1',
    units: '#b9c3ee',
    returned: '#c2362f',
    stockOut: 'rgba(161, 92, 0, 0.16)',
    stockOutText: '#a15c00',
    promotion: 'rgba(23, 134, 75, 0.13)',
    promotionText: '#17864b',
    average: '#161a21',
    /** 1★ to 5★: red through amber to green. */
    stars: ['#c2362f', '#e07a3f', '#d4a82c', '#7cb36a', '#17864b'],
  },
  dark: {
    ...chartColors.dark,
    revenue: '#7d93ff',
    units: '#3a4470',
    returned: '#f0766d',
    stockOut: 'rgba(232, 165, 74, 0.18)',
    stockOutText: '#e8a54a',
    promotion: 'rgba(76, 197, 133, 0.15)',
    promotionText: '#4cc585',
    average: '#e7e9ee',
    stars: ['#f0766d', '#f0995e', '#e8c252', '#8fd18a', '#4cc585'],
  },
} as const satisfies Record<ChartTheme, unknown>;

export const baseChartOption = (theme: ChartTheme) => {
  const colors = productChartColors[theme];
  return {
    backgroundColor: 'transparent',
    animationDuration: 300,
    textStyle: { fontFamily: 'Inter Variable, system-ui, sans-serif', color: colors.text, fontSize: 12 },
    tooltip: {
      trigger: 'axis',
      backgroundColor: colors.surface,
      borderColor: colors.border,
      textStyle: { color: colors.ink, fontSize: 12 },
      axisPointer: { type: 'shadow', shadowStyle: { opacity: 0.25 } },
    },
    legend: {
      top: 0,
      left: 0,
      icon: 'roundRect',
      itemWidth: 10,
      itemHeight: 10,
      textStyle: { color: colors.text },
    },
  };
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
