import { z } from 'zod';
import { ImportPreview, ImportPreviewInput, ImportResult, ImportRunInput } from './import';

export const importMethods = {
  'import.preview': { input: ImportPreviewInput, output: ImportPreview },
  'import.run': {
    input: ImportRunInput.extend({
      jobId: z
        .string()
        .regex(/^[\w-]{1,80}$/, 'Use letters, digits, - and _ for a job id.')
        .optional()
        .describe('Chosen by the caller, so it can follow this job’s progress events.'),
    }),
    output: ImportResult,
  },
} as const;
