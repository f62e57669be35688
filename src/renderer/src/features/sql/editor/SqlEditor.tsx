import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { format } from 'sql-formatter';
import { useThemeContext } from '../../../theme/theme-context';
import { registerSqlLanguageFeatures, type SchemaSnapshot } from './completion';
import { monaco } from './monaco-setup';

type CodeEditor = Parameters<OnMount>[0];

export interface EditorMarker {
  line: number;
  column: number;
  message: string;
}

export interface EditorCommands {
  run: () => void;
  runAll: () => void;
  cancel: () => void;
  save: () => void;
}

interface SqlEditorProps {
  /** One Monaco model per tab, so each keeps its own undo history. */
  path: string;
  value: string;
  dialect: 'duckdb' | 'bigquery';
  schema: SchemaSnapshot | null;
  markers: readonly EditorMarker[];
  commands: EditorCommands;
  running: boolean;
  onChange: (value: string) => void;
  onReady: (editor: CodeEditor) => void;
}

export const formatSql = (sql: string, dialect: 'duckdb' | 'bigquery'): string =>
  format(sql, { language: dialect === 'bigquery' ? 'bigquery' : 'duckdb', keywordCase: 'upper', tabWidth: 2 });

/** Monaco's language providers are global: installed once, they read the current editor's schema here. */
const languageState: { schema: SchemaSnapshot | null; dialect: 'duckdb' | 'bigquery'; installed: boolean } = {
  schema: null,
  dialect: 'duckdb',
  installed: false,
};

const installLanguageFeatures = (): void => {
  if (languageState.installed) return;
  languageState.installed = true;
  registerSqlLanguageFeatures(monaco, () => languageState.schema);
  monaco.languages.registerDocumentFormattingEditProvider('sql', {
    provideDocumentFormattingEdits: (model) => [
      { range: model.getFullModelRange(), text: formatSql(model.getValue(), languageState.dialect) },
    ],
  });
};

/** Monaco with SQL completion from the live schema, formatting, error markers and run keys. */
export const SqlEditor = ({
  path,
  value,
  dialect,
  schema,
  markers,
  commands,
  running,
  onChange,
  onReady,
}: SqlEditorProps) => {
  const { resolved } = useThemeContext();
  const editorRef = useRef<CodeEditor | null>(null);
  // The editor's key bindings are registered once; they call whatever the latest props are.
  const commandsRef = useRef(commands);
  const runningRef = useRef(running);
  useEffect(() => {
    commandsRef.current = commands;
    runningRef.current = running;
  });

  useEffect(() => {
    languageState.schema = schema;
    languageState.dialect = dialect;
    installLanguageFeatures();
  }, [schema, dialect]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'aisle',
      markers.map((marker) => ({
        severity: monaco.MarkerSeverity.Error,
        message: marker.message,
        startLineNumber: marker.line,
        startColumn: marker.column,
        endLineNumber: marker.line,
        endColumn: model.getLineMaxColumn(Math.min(marker.line, model.getLineCount())),
      })),
    );
  }, [markers, path]);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    const { KeyMod, KeyCode } = monaco;
    editor.addAction({
      id: 'aisle.run',
      label: 'Run the statement under the cursor (or the selection)',
      keybindings: [KeyMod.CtrlCmd | KeyCode.Enter],
      run: () => commandsRef.current.run(),
    });
    editor.addAction({
      id: 'aisle.runAll',
      label: 'Run all statements',
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter],
      run: () => commandsRef.current.runAll(),
    });
    editor.addAction({
      id: 'aisle.save',
      label: 'Save this query',
      keybindings: [KeyMod.CtrlCmd | KeyCode.KeyS],
      run: () => commandsRef.current.save(),
    });
    // Escape cancels a running query, unless a widget (suggestions, find) wants it first.
    editor.addCommand(
      KeyCode.Escape,
      () => {
        if (runningRef.current) commandsRef.current.cancel();
      },
      '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible',
    );
    editor.focus();
    onReady(editor);
  };

  return (
    <div className="sql-editor" data-testid="sql-editor">
      <Editor
        path={path}
        language="sql"
        value={value}
        theme={resolved === 'dark' ? 'aisle-dark' : 'aisle-light'}
        onChange={(next) => onChange(next ?? '')}
        onMount={onMount}
        loading={<div className="sql-editor__loading">Loading the editor…</div>}
        options={{
          minimap: { enabled: false },
          fontSize: 13,
          lineHeight: 20,
          fontFamily: "ui-monospace, 'SFMono-Regular', 'Cascadia Code', 'DejaVu Sans Mono', monospace",
          automaticLayout: true,
          scrollBeyondLastLine: false,
          wordWrap: 'on',
          tabSize: 2,
          fixedOverflowWidgets: true,
          renderLineHighlight: 'line',
          padding: { top: 10, bottom: 10 },
        }}
      />
    </div>
  );
};
