import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Runs the project's real ESLint config over small snippets placed (virtually) in each layer.
const eslint = new ESLint({ cwd: process.cwd() });

const restrictedImports = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
};

describe('layer rules', () => {
  const rendererFile = 'src/renderer/src/features/ask/AskPage.tsx';

  it.each([
    "import { ipcRenderer } from 'electron';",
    "import { readFileSync } from 'node:fs';",
    "import path from 'path';",
    "import Database from 'better-sqlite3';",
    "import { DuckDBInstance } from '@duckdb/node-api';",
    "import { BigQuery } from '@google-cloud/bigquery';",
    "import { GoogleGenAI } from '@google/genai';",
    "import { OAuth2Client } from 'google-auth-library';",
    "import { createCore } from '../../../../main/core/create-core';",
  ])('stops the renderer importing %s', async (code) => {
    expect(await restrictedImports(rendererFile, `${code}\nexport const x = 1;\n`)).toHaveLength(1);
  });

  it('lets the renderer import the shared contract and browser libraries', async () => {
    const code = [
      "import { methods } from '../../../../shared/contract';",
      "import { EventSourceParserStream } from 'eventsource-parser/stream';",
      'export const x = [methods, EventSourceParserStream];',
    ].join('\n');
    expect(await restrictedImports(rendererFile, code)).toEqual([]);
  });

  it('stops domain code importing electron', async () => {
    for (const code of ["import { app } from 'electron';", "import Store from 'electron-store';"]) {
      expect(await restrictedImports('src/main/core/create-core.ts', `${code}\nexport const x = 1;\n`)).toHaveLength(1);
    }
  });

  it('stops domain code importing the Electron glue', async () => {
    const code = "import { installIpcBridge } from '../electron/ipc-bridge';\nexport const x = installIpcBridge;\n";
    expect(await restrictedImports('src/main/web/web-host.ts', code)).toHaveLength(1);
  });

  it('lets the Electron glue import electron', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await restrictedImports('src/main/electron/main.ts', code)).toEqual([]);
  });

  it('keeps shared code free of Node and Electron', async () => {
    for (const code of ["import { join } from 'node:path';", "import { app } from 'electron';"]) {
      expect(await restrictedImports('src/shared/contract/app.ts', `${code}\nexport const x = 1;\n`)).toHaveLength(1);
    }
  });

  it('keeps zod and the schema index out of the sandboxed preload', async () => {
    for (const code of ["import { z } from 'zod';", "import { methods } from '../shared/contract';"]) {
      expect(await restrictedImports('src/preload/index.ts', `${code}\nexport const x = 1;\n`)).toHaveLength(1);
    }
  });
});
