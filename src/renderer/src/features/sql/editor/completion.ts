import type { SchemaTable } from '../../../../../shared/contract/query';
import { sqlFunctions, sqlKeywords } from './sql-functions';
import type { Monaco } from './monaco-setup';

export interface SchemaSnapshot {
  dialect: 'duckdb' | 'bigquery';
  tables: readonly SchemaTable[];
}

/** `FROM products p` / `JOIN users AS u`: alias -> table name, from the text of the statement. */
export const tableAliases = (text: string): Map<string, string> => {
  const aliases = new Map<string, string>();
  const pattern = /\b(?:from|join)\s+([`"\w.-]+)(?:\s+(?:as\s+)?([A-Za-z_]\w*))?/gi;
  for (const match of text.matchAll(pattern)) {
    const table = (match[1] ?? '').replace(/[`"]/g, '').split('.').pop() ?? '';
    const alias = match[2];
    aliases.set(table.toLowerCase(), table);
    if (alias && !/^(where|on|group|order|left|inner|join|limit|using)$/i.test(alias))
      aliases.set(alias.toLowerCase(), table);
  }
  return aliases;
};

/**
 * Completion from the live schema: tables after FROM/JOIN, columns after `alias.`, and
 * otherwise keywords, the dialect's functions, tables and the columns of tables in the
 * statement. Hover and signature help document the functions (BigQuery AI included).
 */
export const registerSqlLanguageFeatures = (monaco: Monaco, schema: () => SchemaSnapshot | null): (() => void) => {
  const { CompletionItemKind } = monaco.languages;
  const functionsFor = () => sqlFunctions.filter((fn) => fn.dialects.includes(schema()?.dialect ?? 'duckdb'));

  const completion = monaco.languages.registerCompletionItemProvider('sql', {
    triggerCharacters: ['.', ' '],
    provideCompletionItems(model, position) {
      const snapshot = schema();
      const word = model.getWordUntilPosition(position);
      const range = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: word.startColumn,
        endColumn: word.endColumn,
      };
      const before = model.getValueInRange({
        startLineNumber: 1,
        startColumn: 1,
        endLineNumber: position.lineNumber,
        endColumn: position.column,
      });
      const tables = snapshot?.tables ?? [];
      const tableNamed = (name: string) => tables.find((table) => table.name.toLowerCase() === name.toLowerCase());

      const dotted = /([A-Za-z_]\w*)\.(\w*)$/.exec(before);
      if (dotted?.[1]) {
        const aliases = tableAliases(model.getValue());
        const table = tableNamed(aliases.get(dotted[1].toLowerCase()) ?? dotted[1]);
        if (table) {
          return {
            suggestions: table.columns.map((column) => ({
              label: { label: column.name, description: column.type },
              kind: CompletionItemKind.Field,
              insertText: column.name,
              detail: `${table.name}.${column.name} · ${column.type}`,
              range,
            })),
          };
        }
      }

      const tableSuggestions = tables.map((table) => ({
        label: { label: table.name, description: `${table.rowCount.toLocaleString('en-US')} rows` },
        kind: CompletionItemKind.Struct,
        insertText: table.name,
        detail: `${table.schema}.${table.name} · ${table.columns.length} columns`,
        range,
      }));
      if (/\b(from|join)\s+[\w.]*$/i.test(before)) return { suggestions: tableSuggestions };

      const mentioned = new Set(tableAliases(model.getValue()).values());
      const columnSuggestions = tables
        .filter((table) => mentioned.has(table.name))
        .flatMap((table) =>
          table.columns.map((column) => ({
            label: { label: column.name, description: `${table.name} · ${column.type}` },
            kind: CompletionItemKind.Field,
            insertText: column.name,
            range,
          })),
        );
      return {
        suggestions: [
          ...columnSuggestions,
          ...tableSuggestions,
          ...functionsFor().map((fn) => ({
            label: fn.name,
            kind: CompletionItemKind.Function,
            insertText: `${fn.name}($0)`,
            insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
            detail: fn.signature,
            documentation: fn.doc,
            range,
          })),
          ...sqlKeywords.map((keyword) => ({
            label: keyword,
            kind: CompletionItemKind.Keyword,
            insertText: keyword,
            range,
          })),
        ],
      };
    },
  });

  const findFunction = (name: string) => functionsFor().find((fn) => fn.name.toLowerCase() === name.toLowerCase());

  const hover = monaco.languages.registerHoverProvider('sql', {
    provideHover(model, position) {
      const line = model.getLineContent(position.lineNumber);
      const match = [...line.matchAll(/[A-Za-z_][\w.]*/g)].find(
        (candidate) =>
          candidate.index + 1 <= position.column && position.column <= candidate.index + candidate[0].length + 1,
      );
      const fn = match ? findFunction(match[0]) : undefined;
      if (!fn || !match) return null;
      return {
        range: new monaco.Range(
          position.lineNumber,
          match.index + 1,
          position.lineNumber,
          match.index + match[0].length + 1,
        ),
        contents: [{ value: `**${fn.name}**` }, { value: `\`${fn.signature}\`` }, { value: fn.doc }],
      };
    },
  });

  const signatures = monaco.languages.registerSignatureHelpProvider('sql', {
    signatureHelpTriggerCharacters: ['(', ','],
    provideSignatureHelp(model, position) {
      const before = model.getValueInRange({
        startLineNumber: 1,
        startColumn: 1,
        endLineNumber: position.lineNumber,
        endColumn: position.column,
      });
      let depth = 0;
      for (let i = before.length - 1; i >= 0; i -= 1) {
        const char = before[i];
        if (char === ')') depth += 1;
        if (char === '(') {
          if (depth === 0) {
            const name = /([A-Za-z_][\w.]*)\s*$/.exec(before.slice(0, i))?.[1];
            const fn = name ? findFunction(name) : undefined;
            if (!fn) return null;
            return {
              value: {
                signatures: [{ label: fn.signature, documentation: fn.doc, parameters: [] }],
                activeSignature: 0,
                activeParameter: 0,
              },
              dispose: () => undefined,
            };
          }
          depth -= 1;
        }
      }
      return null;
    },
  });

  return () => {
    completion.dispose();
    hover.dispose();
    signatures.dispose();
  };
};
