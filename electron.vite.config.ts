import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // Two entry points over one core: the Electron shell and the plain-Node CLI (web mode);
        // the third is the forecast engine's worker thread, which forecastMany starts by file name.
        input: {
          electron: resolve(__dirname, 'src/main/electron/main.ts'),
          cli: resolve(__dirname, 'src/main/cli/main.ts'),
          worker: resolve(__dirname, 'src/main/forecast/engine/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: {
      // Monaco's individual ESM files (see features/sql/editor/monaco-contribs.ts).
      alias: { 'monaco-esm': resolve(__dirname, 'node_modules/monaco-editor/esm/vs') },
    },
    build: {
      outDir: 'out/renderer',
      // Web mode serves this bundle over HTTP; a smaller file loads faster there too.
      minify: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
