import { FLOAT32_OPTIONS, Packr } from 'msgpackr';
import type { Row } from '../warehouse/warehouse';

/**
 * Pages are plain MessagePack so any decoder (and any later Aisle) can read them: no record
 * extension or shared structures (whose definitions would live outside the page), maps come
 * back as plain objects (not `Map`), doubles stay 64-bit, and no msgpackr-only types.
 */
const packr = new Packr({
  useRecords: false,
  mapsAsObjects: true,
  moreTypes: false,
  structuredClone: false,
  bundleStrings: false,
  useFloat32: FLOAT32_OPTIONS.NEVER,
  int64AsType: 'number',
});

export const encodeRows = (rows: readonly Row[]): Buffer => packr.pack(rows);

export const decodeRows = (data: Uint8Array): Row[] => {
  const value: unknown = packr.unpack(data);
  if (!Array.isArray(value)) throw new Error('A cached result page does not hold an array of rows.');
  // Checking every cell of every page with zod would cost more than the read itself; the
  // page was written by encodeRows from Row values, and the outer shape is checked above.
  return value as Row[];
};
