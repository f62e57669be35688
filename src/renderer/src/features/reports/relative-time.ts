const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const dateOnly = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * How long ago, as people say it: "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago";
 * older than a month reads as the date. A time in the future (a skewed clock) reads as "just now".
 */
export const relativeTime = (iso: string, now: number = Date.now()): string => {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  const ago = now - then;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < DAY) return `${Math.floor(ago / HOUR)} h ago`;
  const days = Math.floor(ago / DAY);
  if (days === 1) return 'yesterday';
  if (days < 31) return `${days} days ago`;
  return dateOnly.format(new Date(then));
};

const full = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** The absolute time for a tooltip: "Nov 25, 2026, 2:10 AM". */
export const absoluteTime = (iso: string): string => {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? iso : full.format(new Date(then));
};
