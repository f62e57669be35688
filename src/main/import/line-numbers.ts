import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { TextEncoding } from './inspect-file';

const NEWLINE = 0x0a;

/** UTF-8 length of each character of a decoded chunk, with the newlines' UTF-8 offsets. */
const scanText = (text: string, start: number, newlines: number[]): number => {
  let offset = start;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === NEWLINE) newlines.push(offset);
    offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return offset;
};

/**
 * Physical line numbers (the header being line 1) for byte positions DuckDB reports in its
 * reject table. DuckDB counts records, not lines, so after a value with a line break in it its
 * own line number drifts; its byte positions do not. They are offsets into the file as UTF-8
 * (DuckDB transcodes Latin-1 and UTF-16 first, keeping a byte-order mark), decompressed.
 * The line of position p is 1 + the newlines before p.
 */
export const lineNumbersAt = async (
  path: string,
  compression: 'none' | 'gzip',
  encoding: TextEncoding,
  positions: readonly number[],
): Promise<Map<number, number>> => {
  const targets = [...new Set(positions)].sort((a, b) => a - b);
  const lines = new Map<number, number>();
  if (targets.length === 0) return lines;
  const file = createReadStream(path);
  const stream = compression === 'gzip' ? file.pipe(createGunzip()) : file;
  // Keeps the BOM as U+FEFF, which DuckDB's transcoded stream keeps as three bytes.
  const decoder = encoding === 'utf-16' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
  let offset = 0;
  let newlinesBefore = 0;
  let next = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const newlines: number[] = [];
      if (encoding === 'utf-8') {
        for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1))
          newlines.push(offset + at);
        offset += chunk.length;
      } else if (decoder) {
        offset = scanText(decoder.decode(chunk, { stream: true }), offset, newlines);
      } else {
        // ISO-8859-1: one character per byte, two UTF-8 bytes from 0x80 up.
        for (const byte of chunk) {
          if (byte === NEWLINE) newlines.push(offset);
          offset += byte < 0x80 ? 1 : 2;
        }
      }
      for (const at of newlines) {
        for (let target = targets[next]; target !== undefined && target <= at; target = targets[next]) {
          lines.set(target, newlinesBefore + 1);
          next += 1;
        }
        newlinesBefore += 1;
      }
      if (next >= targets.length) break;
    }
  } finally {
    file.destroy();
  }
  for (const target of targets.slice(next)) lines.set(target, newlinesBefore + 1);
  return lines;
};
