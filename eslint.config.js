// Lint rules, including the ones that enforce the layers (docs/architecture.md):
// the renderer never reaches Node, Electron, databases or Google clients; the core never
// imports Electron; shared code is plain TypeScript that runs anywhere.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Regular expressions over the import specifier (gitignore-style groups would also match
// path segments such as 'eventsource-parser/stream').
const nodeBuiltins = '^(node:.*|fs|fs/.*|path|os|child_process|crypto|http|https|net|url|stream|worker_threads)$';
const serverOnlyLibraries =
  '^(better-sqlite3|@duckdb/.*|duckdb|@google-cloud/.*|@google/genai|google-auth-library|googleapis|sirv|conf|commander)$';
const electronModules = '^(electron|electron/.*|electron-store|@electron/.*)$';
/** A relative import that climbs into another top-level folder of src/. */
const intoFolder = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

const restrict = (regexes, message) => ({
  'no-restricted-imports': ['error', { patterns: regexes.map((regex) => ({ regex, message })) }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Named exports keep names greppable and refactors honest.
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Tool configuration files must default-export by their tools' convention.
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    // In tests a wrong assumption should fail loudly, which is what `!` does.
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, so `{}` means "none".
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [nodeBuiltins, electronModules, serverOnlyLibraries, intoFolder('main', 'preload')],
        'The renderer talks to main only through the typed client (src/renderer/src/api). No Node, Electron, database or Google modules here.',
      ),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: restrict(
      [electronModules, '(^|/)electron/', intoFolder('renderer', 'preload')],
      'Core code runs without Electron (CLI, web mode, tests). Electron glue belongs in src/main/electron/.',
    ),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      [
        nodeBuiltins,
        electronModules,
        serverOnlyLibraries,
        '^react(-dom)?(/.*)?$',
        intoFolder('main', 'renderer', 'preload'),
      ],
      'src/shared is the contract: plain TypeScript and zod that both sides can load.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      [nodeBuiltins, serverOnlyLibraries, '^zod', intoFolder('main', 'renderer'), '/contract(/index)?$'],
      'The sandboxed preload only forwards allowlisted calls; import names from shared/contract/names, nothing else.',
    ),
  },
);
