import { z } from 'zod';

export const ExportFormat = z.enum(['csv', 'xlsx']);

export const ExportOutcome = z.object({
  /** Where main wrote the file (inside the data folder's exports/). */
  path: z.string(),
  /** The name to download it by (web mode: GET /api/exports/<fileName>). */
  fileName: z.string(),
  rows: z.number().int(),
  bytes: z.number().int(),
  /** True when the result had more rows than the format holds (XLSX: 1,048,575). */
  truncated: z.boolean(),
});
export type ExportOutcome = z.infer<typeof ExportOutcome>;

export const exportMethods = {
  'export.result': {
    input: z
      .object({
        resultId: z.string().min(1),
        format: ExportFormat,
        label: z.string().max(80).default('result'),
      })
      .strict(),
    output: ExportOutcome,
  },
} as const;
