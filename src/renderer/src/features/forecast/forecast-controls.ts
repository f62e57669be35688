import {
  maxHorizon,
  type ForecastEngine,
  type ForecastGrain,
  type ForecastLevel,
  type ForecastRequest,
} from '../../../../shared/contract/forecast';
import { grainUnit } from './forecast-dates';

export type ForecastMeasure = 'revenue' | 'units';
export type Confidence = 80 | 90 | 95 | 99;

export interface ForecastMember {
  key: string;
  label: string;
}

/** What the controls bar holds; a request is made from it. */
export interface ForecastControls {
  measure: ForecastMeasure;
  level: ForecastLevel;
  top: number;
  /** Chosen members (the biggest `top` when empty). */
  members: ForecastMember[];
  grain: ForecastGrain;
  horizon: number;
  confidence: Confidence;
  engine: ForecastEngine;
}

export const MAX_MEMBERS = 24;
export const DEFAULT_TOP = 12;
export const CONFIDENCES: readonly Confidence[] = [80, 90, 95, 99];

/** How far ahead a forecast looks unless told otherwise: four weeks of days, two months of weeks, half a year of months. */
export const defaultHorizon: Record<ForecastGrain, number> = { day: 28, week: 8, month: 6 };

export const defaultControls: ForecastControls = {
  measure: 'revenue',
  level: 'total',
  top: DEFAULT_TOP,
  members: [],
  grain: 'week',
  horizon: defaultHorizon.week,
  confidence: 95,
  engine: 'local',
};

export const LEVEL_LABELS: Record<ForecastLevel, { one: string; many: string }> = {
  total: { one: 'Total', many: 'Total' },
  department: { one: 'department', many: 'departments' },
  category: { one: 'category', many: 'categories' },
  product: { one: 'product', many: 'products' },
  region: { one: 'region', many: 'regions' },
};

export const MEASURE_LABELS: Record<ForecastMeasure, string> = { revenue: 'Revenue', units: 'Units' };

export const ENGINE_LABELS: Record<ForecastEngine, string> = {
  local: 'Local',
  bigquery_timesfm: 'BigQuery TimesFM (AI.FORECAST)',
  bigquery_arima: 'BigQuery ARIMA_PLUS',
};

/** The engines a source offers: BigQuery's only on BigQuery sources. */
export const enginesFor = (onBigQuery: boolean): ForecastEngine[] =>
  onBigQuery ? ['local', 'bigquery_timesfm', 'bigquery_arima'] : ['local'];

/**
 * A horizon as typed, made valid for the grain: a whole number from 1 to the grain's maximum,
 * with a sentence saying what was changed (null when nothing was).
 */
export const clampHorizon = (raw: number, grain: ForecastGrain): { horizon: number; note: string | null } => {
  const most = maxHorizon[grain];
  if (!Number.isFinite(raw) || raw < 1) {
    return { horizon: 1, note: `A forecast looks at least 1 ${grain} ahead.` };
  }
  const whole = Math.round(raw);
  if (whole > most) {
    return {
      horizon: most,
      note: `Aisle forecasts at most ${most} ${grainUnit(grain, most)} ahead: further out is a guess, not a forecast.`,
    };
  }
  return { horizon: whole, note: whole === raw ? null : `Rounded to ${whole} ${grainUnit(grain, whole)}.` };
};

/** The controls as a contract request. The member picker and top N only mean something below total. */
export const buildRequest = (controls: ForecastControls, sourceId: string, jobId?: string): ForecastRequest => {
  const total = controls.level === 'total';
  return {
    sourceId,
    measure: controls.measure,
    level: controls.level,
    members: total ? [] : controls.members.slice(0, MAX_MEMBERS).map((member) => member.key),
    top: Math.min(MAX_MEMBERS, Math.max(1, Math.round(controls.top))),
    grain: controls.grain,
    horizon: clampHorizon(controls.horizon, controls.grain).horizon,
    confidence: controls.confidence,
    engine: controls.engine,
    ...(jobId ? { jobId } : {}),
  };
};

/** "next 8 weeks", "next month" */
export const horizonPhrase = (grain: ForecastGrain, horizon: number): string =>
  horizon === 1 ? `next ${grain}` : `next ${horizon} ${grainUnit(grain, horizon)}`;

/** A report title to start from: "Revenue by category, next 8 weeks". */
export const defaultTitle = (
  controls: Pick<ForecastControls, 'measure' | 'level' | 'members' | 'grain' | 'horizon'>,
  focus: ForecastMember | null = null,
): string => {
  const measure = MEASURE_LABELS[controls.measure];
  const label = LEVEL_LABELS[controls.level];
  const one = focus ?? (controls.members.length === 1 ? controls.members[0] : undefined);
  const scope =
    controls.level === 'total'
      ? ''
      : one
        ? ` of ${one.label}`
        : controls.members.length > 1
          ? ` of ${controls.members.length} ${label.many}`
          : ` by ${label.one}`;
  const title = `${measure}${scope}, ${horizonPhrase(controls.grain, controls.horizon)}`;
  return title.length > 120 ? `${title.slice(0, 119)}…` : title;
};
