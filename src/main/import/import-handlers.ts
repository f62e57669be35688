import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import type { JobProgress } from '../../shared/contract';
import type { HandlerMap } from '../core/router';
import type { SourceRegistry } from '../sources/source-registry';
import { uploadsDir } from '../web/upload';
import { importFile } from './import-file';
import { previewImport } from './preview-import';

export interface ImportHandlerDeps {
  dataDir: string;
  sources: SourceRegistry;
  onProgress: (progress: JobProgress) => void;
}

const isInside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..');
};

export const createImportHandlers = (deps: ImportHandlerDeps): HandlerMap<'import.preview' | 'import.run'> => ({
  'import.preview': ({ path }) => previewImport(path),
  'import.run': async ({ path, name, mapping, currency, jobId }) => {
    const id = jobId ?? `import-${Date.now()}`;
    const emit = (progress: Omit<JobProgress, 'jobId'>): void => deps.onProgress({ jobId: id, ...progress });
    emit({ stage: 'Starting the import', fraction: 0, state: 'running' });
    try {
      const result = await importFile({
        dataDir: deps.dataDir,
        path,
        name,
        currency,
        ...(mapping ? { mapping } : {}),
        onProgress: ({ stage, fraction }) => emit({ stage, fraction, state: 'running' }),
      });
      deps.sources.registerImport(result);
      emit({ stage: 'Imported', fraction: 1, state: 'done' });
      // A file web mode received for this import has served its purpose.
      if (isInside(uploadsDir(deps.dataDir), path)) rmSync(path, { force: true });
      return result;
    } catch (error) {
      emit({ stage: 'Import failed', fraction: null, state: 'failed' });
      throw error;
    }
  },
});
