// Monaco, bundled with the app: the editor core with the contributions we use, SQL highlighting,
// and the one web worker it needs, loaded from our own origin (no CDN, allowed by the CSP).
import './monaco-contribs';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker: (workerId: string, label: string) => Worker };
  }
}

window.MonacoEnvironment = { getWorker: () => new EditorWorker() };

// @monaco-editor/react would otherwise fetch Monaco from a CDN.
loader.config({ monaco });

// Editor themes that sit on the app's own surfaces (styles/tokens.css) instead of Monaco's greys.
monaco.editor.defineTheme('aisle-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editor.lineHighlightBackground': '#f5f6f8' },
});
monaco.editor.defineTheme('aisle-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#161920',
    'editor.lineHighlightBackground': '#1b1f27',
    'editorGutter.background': '#161920',
  },
});

export { monaco };
export type Monaco = typeof monaco;
