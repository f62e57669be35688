import { z } from 'zod';

/** A pinned chart's settings: which columns on which axis, and how it is drawn. */
export const PinnedChart = z.object({
  type: z.enum(['bar', 'line', 'area', 'scatter', 'pie']),
  x: z.number().int().min(0),
  y: z.array(z.number().int().min(0)).min(1).max(8),
});

export const PinnedReport = z.object({ id: z.string(), title: z.string(), version: z.number().int() });

export const reportMethods = {
  /** Pins a SQL result as a report: its SQL, chart settings and a snapshot of its first rows. */
  'reports.pin': {
    input: z
      .object({
        title: z.string().trim().min(1, 'Give the report a title.').max(120),
        resultId: z.string().min(1),
        chart: PinnedChart.nullable(),
        tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
      })
      .strict(),
    output: PinnedReport,
  },
} as const;
