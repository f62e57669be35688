import { z } from 'zod';
import { SourceCurrency } from './currency';

export const SourceKind = z.enum(['local', 'bigquery']);

export const DataSource = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: SourceKind,
  description: z.string(),
  /** Built into Aisle (the demo store, theLook): it cannot be removed. */
  builtIn: z.boolean().optional(),
  /** What its money is in (ISO 4217); null when not known, and amounts then show as plain numbers. */
  currency: SourceCurrency,
});
export type DataSource = z.infer<typeof DataSource>;

export const SourceList = z.object({
  sources: z.array(DataSource),
  /** The source a new window starts on (the demo store); each window then keeps its own choice. */
  activeId: z.string(),
});
export type SourceList = z.infer<typeof SourceList>;

export const sourceMethods = {
  'sources.list': { input: z.object({}).strict(), output: SourceList },
  'sources.remove': {
    input: z.object({ id: z.string().min(1, 'Say which source to remove.') }).strict(),
    output: SourceList,
  },
  /** Adds a BigQuery dataset as a source (SQL editor and schema browser; Ask needs a semantic model). */
  'sources.addBigQuery': {
    input: z
      .object({
        projectId: z.string().trim().min(1, 'Choose a project.'),
        datasetId: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9_]{1,1024}$/, 'A dataset ID is letters, digits and underscores.'),
      })
      .strict(),
    output: SourceList,
  },
  /** Says what currency a source's money is in (null: not known, show plain numbers). Built-in sources keep USD. */
  'sources.setCurrency': {
    input: z
      .object({
        id: z.string().min(1, 'Say which source to change.'),
        currency: SourceCurrency,
      })
      .strict(),
    output: SourceList,
  },
} as const;
