const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-03-01 → "1 Mar 2026": how people read a day. */
export const formatDay = (iso: string): string =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;

const DAY_MS = 86_400_000;

/** A calendar day moved by whole days, in UTC so no time zone shifts it. */
export const shiftDay = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A share as a whole percentage: 0.532 → "53%". */
export const formatShare = (share: number): string => `${Math.round(share * 100)}%`;

/** An instant → "25 Nov 2026 03:12 UTC": the "as of" of numbers read from a warehouse. */
export const formatMoment = (iso: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const utc = date.toISOString();
  return `${formatDay(utc.slice(0, 10))} ${utc.slice(11, 16)} UTC`;
};
