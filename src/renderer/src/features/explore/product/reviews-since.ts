/** The quick choices of the reviews' "since" control. */
export type SinceChoice = 'period' | 'last_90_days' | 'custom';

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A real calendar day in YYYY-MM-DD (the contract's z.iso.date), so 2026-02-30 is refused. */
export const isIsoDay = (value: string): boolean =>
  ISO_DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && addDays(value, 0) === value;

/**
 * The `reviewsSince` to send: nothing for the period's start (main's default, so the query
 * key stays that of the plain product), 90 days before the period's exclusive end, or the
 * custom day when it is a valid one.
 */
export const reviewsSinceFor = (choice: SinceChoice, custom: string, periodEnd: string): string | undefined => {
  if (choice === 'last_90_days') return addDays(periodEnd, -90);
  if (choice === 'custom' && isIsoDay(custom)) return custom;
  return undefined;
};

/** Which choice a given `reviewsSince` corresponds to, so the control reflects the page's state. */
export const sinceChoiceOf = (since: string | undefined, periodEnd: string): SinceChoice =>
  since === undefined ? 'period' : since === addDays(periodEnd, -90) ? 'last_90_days' : 'custom';
