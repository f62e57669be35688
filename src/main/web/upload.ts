import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AisleError } from '../core/aisle-error';

/** Files larger than this are refused: import them with `aisle import FILE` instead. */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

export const uploadsDir = (dataDir: string): string => join(dataDir, 'uploads');

/** Keeps letters, digits, dots, dashes and underscores of the name the browser sent. */
const safeFileName = (raw: string): string => {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded: use it as it is.
  }
  const base = decoded.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '');
  return cleaned.slice(-120) || 'upload';
};

/**
 * Web mode's way to hand a file to main: the browser streams it to `POST /api/upload`
 * (token required, like every API call) and main writes it into the data folder. The desktop
 * app needs none of this: its preload gives main the file's real path.
 */
export const receiveUpload = async (
  request: IncomingMessage,
  dataDir: string,
): Promise<{ path: string; bytes: number }> => {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) {
    throw new AisleError('invalid_input', 'This file is larger than 4 GB. Import it with `aisle import FILE` instead.');
  }
  const name = safeFileName(String(request.headers['x-aisle-filename'] ?? 'upload'));
  // Uploads can be private (a service account key): only the user may read them.
  mkdirSync(uploadsDir(dataDir), { recursive: true, mode: 0o700 });
  const path = join(uploadsDir(dataDir), `${randomUUID()}-${name}`);
  let bytes = 0;
  request.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > MAX_UPLOAD_BYTES) request.destroy(new Error('too large'));
  });
  try {
    await pipeline(request, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    rmSync(path, { force: true });
    throw new AisleError('invalid_input', 'The upload did not arrive whole. Try again.', { cause: error });
  }
  return { path, bytes };
};
