const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;

/**
 * Bytes for people: "12.4 GB", "980 KB", "512 bytes". Powers of 1024, named as Settings names
 * them (its limits are whole GB of 1024³ bytes) and as BigQuery bills them; one decimal below
 * 100 of a unit, so "over your limit of 10 GB by 2.4 GB" adds up.
 */
export const formatBytes = (bytes: number): string => {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes))} bytes`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 100 ? Math.round(value).toString() : (Math.round(value * 10) / 10).toString();
  return `${shown} ${UNITS[unit] ?? 'PB'}`;
};

/** Dollars for an estimate: cents when small, "< $0.01" rather than a misleading $0.00. */
export const formatUsd = (usd: number): string =>
  usd === 0 ? '$0' : usd < 0.01 ? '< $0.01' : `$${usd.toFixed(usd < 100 ? 2 : 0)}`;
