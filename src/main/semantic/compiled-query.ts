import type { PlanTimeRange, TimeGrain } from '../../shared/contract/analysis-plan';
import type { MeasureFormat } from './model';

export type ComparisonValue = 'previous' | 'change' | 'change_pct';

/** One column of the compiled query's result, in order, with what it means. */
export type CompiledColumn =
  | { name: string; role: 'dimension'; id: string; label: string; grain: TimeGrain | null }
  | { name: string; role: 'measure'; id: string; label: string; format: MeasureFormat }
  | {
      name: string;
      role: 'comparison';
      /** The measure compared. */
      id: string;
      label: string;
      format: MeasureFormat;
      value: ComparisonValue;
    };

export interface CompiledQuery {
  /** One read-only statement in the dialect asked for, laid out for reading. */
  sql: string;
  columns: CompiledColumn[];
  /** The dates each part covers: null for all time, and previous is null without a comparison. */
  periods: { current: PlanTimeRange | null; previous: PlanTimeRange | null };
}
