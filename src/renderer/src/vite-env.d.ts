/// <reference types="vite/client" />

// Monaco's individual ESM files, imported for their side effects (features/sql/editor/monaco-contribs.ts);
// its API is typed through 'monaco-editor/editor/editor.api'.
declare module 'monaco-esm/*';
