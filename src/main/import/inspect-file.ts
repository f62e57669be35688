import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { AisleError } from '../core/aisle-error';

/** How much of the (decompressed) start of a file is looked at to classify it. */
export const HEAD_BYTES = 64 * 1024;
/** Compressed bytes read to get HEAD_BYTES of text out of a gzip file (text compresses 3-10x). */
const GZIP_READ_BYTES = 1024 * 1024;

export type TextEncoding = 'utf-8' | 'latin-1' | 'utf-16';

export type FileKind =
  | { format: 'parquet'; compression: 'none' }
  | {
      format: 'csv';
      compression: 'none' | 'gzip';
      encoding: TextEncoding;
      /** The decoded start of the text (without a byte-order mark), for dialect detection. */
      head: string;
      /** Whether `head` is the whole file. */
      complete: boolean;
      encodingNotes: string[];
    };

/** Binary formats people pick by mistake, with what to do instead. */
const knownBinaries: ReadonlyArray<{ magic: readonly number[]; what: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel (.xls) or Office file; save the sheet as CSV first' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], what: 'a zstd-compressed file; decompress it first' },
  { magic: [0x42, 0x5a, 0x68], what: 'a bzip2-compressed file; decompress it first' },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);

const readStart = (path: string, size: number): Buffer => {
  const descriptor = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const read = readSync(descriptor, buffer, 0, size, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
};

const statFile = (path: string): { size: number } => {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      throw new AisleError('invalid_input', `"${path}" is a folder. Choose a CSV or Parquet file inside it.`, {
        field: 'path',
      });
    }
    return { size: stats.size };
  } catch (error) {
    if (error instanceof AisleError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AisleError('not_found', `There is no file at "${path}". Check the path and try again.`, {
        field: 'path',
        cause: error,
      });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AisleError('forbidden', `Aisle is not allowed to read "${path}". Check the file's permissions.`, {
        field: 'path',
        cause: error,
      });
    }
    throw error;
  }
};

const refuse = (path: string, what: string): AisleError =>
  new AisleError(
    'invalid_input',
    `"${basename(path)}" is ${what}, not a CSV or Parquet file. Aisle imports sales lines from CSV (also .csv.gz) and Parquet files.`,
    { field: 'path' },
  );

const gunzipHead = (path: string, compressed: Buffer): Buffer => {
  try {
    // A sync flush lets zlib return what it has from a file cut off after GZIP_READ_BYTES.
    return gunzipSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: HEAD_BYTES * 4 });
  } catch (error) {
    // maxOutputLength is reached on highly compressible files: the start is all we wanted.
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      return gunzipSync(compressed.subarray(0, 16 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
    }
    throw new AisleError(
      'invalid_input',
      `"${basename(path)}" looks gzip-compressed but cannot be decompressed; the file may be damaged or incomplete. Download or export it again.`,
      { field: 'path', cause: error },
    );
  }
};

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
};

const decodeText = (path: string, bytes: Buffer): { encoding: TextEncoding; head: string; encodingNotes: string[] } => {
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {
      encoding: 'utf-16',
      head: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encodingNotes: ['The file is UTF-16 text (it starts with a UTF-16 byte-order mark); Aisle reads it as such.'],
    };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    throw new AisleError(
      'invalid_input',
      `"${basename(path)}" is big-endian UTF-16 text, which Aisle cannot read. Save it as UTF-8 CSV (in Excel: "CSV UTF-8") and import that.`,
      { field: 'path' },
    );
  }
  if (bytes.includes(0)) throw refuse(path, 'a binary file (it contains NUL bytes)');
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const text = bom ? bytes.subarray(3) : bytes;
  if (isUtf8(text)) {
    return {
      encoding: 'utf-8',
      head: new TextDecoder('utf-8').decode(text),
      encodingNotes: bom ? ['The file starts with a UTF-8 byte-order mark, which Aisle skips.'] : [],
    };
  }
  return {
    encoding: 'latin-1',
    head: new TextDecoder('latin1').decode(text),
    encodingNotes: [
      'The file is not UTF-8; Aisle reads it as Latin-1 (Western European), which suits most exports from older tools. If accented letters look wrong, save the file as UTF-8 CSV and import it again.',
    ],
  };
};

/**
 * Works out what a file is from its first bytes: Parquet (`PAR1`), gzip-compressed text or
 * plain text, refusing empty, binary and missing files with a sentence that says what to do.
 */
export const inspectFile = (path: string): FileKind => {
  const { size } = statFile(path);
  if (size === 0) {
    throw new AisleError('invalid_input', `"${basename(path)}" is empty. Export the data again and import that file.`, {
      field: 'path',
    });
  }
  const start = readStart(path, Math.max(HEAD_BYTES, GZIP_READ_BYTES));
  if (startsWith(start, [0x50, 0x41, 0x52, 0x31])) return { format: 'parquet', compression: 'none' };
  if (startsWith(start, [0x50, 0x4b, 0x03, 0x04])) {
    const excel = /\.xls[xm]$/i.test(path);
    throw refuse(
      path,
      excel
        ? 'an Excel workbook; save the sheet as CSV (File > Save As > CSV UTF-8) and import that'
        : 'a ZIP archive; unzip it and import the CSV or Parquet file inside',
    );
  }
  for (const { magic, what } of knownBinaries) if (startsWith(start, magic)) throw refuse(path, what);

  const gzip = startsWith(start, [0x1f, 0x8b]);
  const text = gzip ? gunzipHead(path, start) : start;
  if (text.length === 0) {
    throw new AisleError(
      'invalid_input',
      `"${basename(path)}" holds no data once decompressed. Export the data again and import that file.`,
      { field: 'path' },
    );
  }
  if (gzip && startsWith(text, [0x50, 0x41, 0x52, 0x31])) {
    throw refuse(path, 'a gzip-compressed Parquet file; decompress it first');
  }
  const sample = text.subarray(0, HEAD_BYTES);
  const decoded = decodeText(path, sample);
  if (decoded.head.trim() === '') {
    throw new AisleError(
      'invalid_input',
      `"${basename(path)}" holds only blank lines. Export the data again and import that file.`,
      { field: 'path' },
    );
  }
  return {
    format: 'csv',
    compression: gzip ? 'gzip' : 'none',
    ...decoded,
    complete: gzip ? size <= GZIP_READ_BYTES && text.length <= HEAD_BYTES : size <= HEAD_BYTES,
  };
};
