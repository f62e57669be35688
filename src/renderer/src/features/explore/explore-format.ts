import { formatDay as formatSharedDay } from '../../../../shared/format/day';
import { sentimentBand } from '../../../../shared/contract/explore';
import { moneyFormat } from '../../../../shared/format/money';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

// Money takes the source's currency (ISO code, see useSourceCurrency); null shows plain numbers.

/** £1.2M, $48.3K: for tiles and tables where space is short. */
export const formatMoneyCompact = (value: number, currency: string | null): string =>
  moneyFormat(currency).compact(value);
/** $60.99, £60.99; "60.99" when the currency is not known. */
export const formatPrice = (value: number | null, currency: string | null): string =>
  value === null ? '—' : moneyFormat(currency).price(value);
export const formatCount = (value: number): string => (value >= 10_000 ? compact.format(value) : whole.format(value));
/** 27.6% */
export const formatPercent = (value: number | null, digits = 1): string =>
  value === null ? '—' : `${(value * 100).toFixed(digits)}%`;
/** +21% / −12% (a real minus sign), or "new" when there were no sales a year ago. */
export const formatGrowth = (value: number | null): string => {
  if (value === null) return 'new';
  const percent = Math.round(value * 100);
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent)}%`;
};
export const formatRating = (value: number | null): string => (value === null ? '—' : value.toFixed(1));

/** Average review sentiment in the grid's three bands (the contract's cut-offs, as main's filter uses). */
export const sentimentBandOf = sentimentBand;

export const sentimentLabel = (sentiment: number | null): string => {
  const band = sentimentBandOf(sentiment);
  return band === null ? 'No reviews' : band === 'positive' ? 'Positive' : band === 'negative' ? 'Negative' : 'Mixed';
};

/** "fit" → "Fit"; emerging words stay as customers wrote them, capitalised. */
export const aspectLabel = (aspect: string): string => aspect.charAt(0).toUpperCase() + aspect.slice(1);

/** 2026-03-01 → 1 Mar 2026 (empty for no day). */
export const formatDay = (iso: string | null): string => (iso === null ? '' : formatSharedDay(iso));
