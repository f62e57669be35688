import type { z } from 'zod';
import type { AskAnswer } from '../../shared/contract/ask';
import type { PinnedChart } from '../../shared/contract/reports';

/** An answer's chart as a report keeps it: column positions instead of names. */
export const pinnedChartOf = (answer: AskAnswer): z.infer<typeof PinnedChart> | null => {
  const chart = answer.chart;
  if (!chart || chart.type === 'table' || chart.type === 'number') return null;
  const at = (name: string): number => answer.columns.findIndex((column) => column.name === name);
  const x = at(chart.x);
  const y = chart.series.map(at).filter((index) => index >= 0);
  return x < 0 || y.length === 0 ? null : { type: chart.type, x, y };
};
