import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { exportFilePath } from '../export/export-result';
import { sendError } from './http-replies';

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Streams a finished export to the browser as a download (token checked by the caller). */
export const sendExportFile = async (response: ServerResponse, dataDir: string, fileName: string): Promise<void> => {
  const path = exportFilePath(dataDir, decodeURIComponent(fileName));
  if (!path || !existsSync(path)) {
    sendError(response, { code: 'not_found', message: 'That export is not there any more; export the result again.' });
    return;
  }
  const extension = path.endsWith('.xlsx') ? 'xlsx' : 'csv';
  response.writeHead(200, {
    'Content-Type': contentTypes[extension],
    'Content-Length': statSync(path).size,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  });
  await pipeline(createReadStream(path), response);
};
