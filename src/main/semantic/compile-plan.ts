import type { AnalysisPlan, AnalysisPlanInput } from '../../shared/contract/analysis-plan';
import type { SqlDialect } from '../warehouse/warehouse';
import type { CompiledColumn, CompiledQuery } from './compiled-query';
import { quoteIdentifier, type Shift } from './dialect';
import type { MeasureDef, SemanticModel } from './model';
import { renderSource } from './render-source';
import { resolvePlan, type ResolvedPlan } from './resolve-plan';
import { aliased, renderCompactSelect, renderSelect, renderWith } from './sql-format';

interface Source {
  name: string;
  body: string;
  columns: string[];
}

const describeRange = (range: ResolvedPlan['timeRange']): string =>
  range === null ? 'all time' : `from ${range.start} to ${range.end} (end excluded)`;

const describeShift = ({ unit, amount }: Shift): string => {
  if (unit === 'month' && amount % 12 === 0) return amount === 12 ? '1 year' : `${amount / 12} years`;
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
};

/** One CTE per fact per period: each aggregates its own fact, so no join can count a row twice. */
const buildSources = (model: SemanticModel, dialect: SqlDialect, plan: ResolvedPlan): Source[] => {
  const periods: Array<{
    prefix: string;
    suffix: string;
    range: ResolvedPlan['timeRange'];
    shift: Shift | null;
    note: string;
  }> = [{ prefix: 'current', suffix: '', range: plan.timeRange, shift: null, note: '' }];
  if (plan.comparison) {
    const { period, kind } = plan.comparison;
    const which = kind === 'previous_period' ? 'the previous period' : 'the same period last year';
    const hasTime = plan.dimensions.some((dimension) => dimension.kind === 'time');
    const moved = hasTime
      ? `\ndates moved forward ${describeShift(period.shift)} to line up with the current period`
      : '';
    periods.push({
      prefix: 'previous',
      suffix: '_previous',
      range: period.range,
      shift: period.shift,
      note: `, ${which}${moved}`,
    });
  }
  return periods.flatMap((period) =>
    plan.facts.map((fact) => {
      const aggregates = plan.aggregates.filter((aggregate) => aggregate.fact === fact.id);
      return {
        name: `${period.prefix}_${fact.id}`,
        columns: aggregates.map((aggregate) => `${aggregate.id}${period.suffix}`),
        body: renderSource(model, dialect, {
          fact,
          aggregates,
          dimensions: plan.dimensions,
          filters: plan.filters,
          range: period.range,
          shift: period.shift,
          suffix: period.suffix,
          comment: `${fact.label} ${describeRange(period.range)}${period.note}`,
        }),
      };
    }),
  );
};

export const compilePlan = (
  input: AnalysisPlanInput | AnalysisPlan,
  model: SemanticModel,
  dialect: SqlDialect,
): CompiledQuery => {
  const plan = resolvePlan(input, model);
  const q = (name: string): string => quoteIdentifier(dialect, name);
  const sources = buildSources(model, dialect, plan);
  const ctes = sources.map(({ name, body }) => ({ name, body }));
  const keys = plan.dimensions.map((dimension) => q(dimension.column));
  const multiSource = sources.length > 1;

  let from = sources[0]?.name ?? '';
  if (multiSource) {
    // Stack the sources and collapse them per key: a full outer join of any number of
    // sources, where NULL keys match (GROUP BY treats NULLs as equal; a join would not).
    const all = sources.flatMap((source) => source.columns);
    const branches = sources.map((source) =>
      renderCompactSelect(
        [...keys, ...all.map((column) => (source.columns.includes(column) ? q(column) : `NULL AS ${q(column)}`))],
        source.name,
      ),
    );
    ctes.push({ name: 'stacked', body: branches.join('\nUNION ALL\n') });
    ctes.push({
      name: 'combined',
      body: renderSelect({
        comment: 'one row per key: each source above has at most one row per key, so MAX picks its value',
        items: [...keys, ...all.map((column) => `MAX(${q(column)}) AS ${q(column)}`)],
        from: 'stacked',
        groupBy: keys.length,
      }),
    });
    from = 'combined';
  }

  const measureValue = (measure: MeasureDef, suffix: string): string => {
    switch (measure.kind) {
      case 'aggregate': {
        const value = q(`${measure.id}${suffix}`);
        // No rows means zero sales, not unknown sales; an average of nothing stays unknown.
        const additive = measure.aggregation !== 'avg';
        return additive && (multiSource || measure.aggregation === 'sum') ? `COALESCE(${value}, 0)` : value;
      }
      case 'ratio':
        // Ratios divide totals (revenue / orders), never average per-row ratios.
        return `${q(`${measure.numerator}${suffix}`)} / NULLIF(${q(`${measure.denominator}${suffix}`)}, 0)`;
    }
  };

  const orderBy = plan.order.map((item) => `${q(item.column)} ${item.direction.toUpperCase()} NULLS LAST`);
  const columns: CompiledColumn[] = [
    ...plan.dimensions.map((dimension) => ({
      name: dimension.column,
      role: 'dimension' as const,
      id: dimension.def.id,
      label: dimension.kind === 'time' ? `${dimension.def.label} (${dimension.grain})` : dimension.def.label,
      grain: dimension.kind === 'time' ? dimension.grain : null,
    })),
    ...plan.measures.map((measure) => ({
      name: measure.id,
      role: 'measure' as const,
      id: measure.id,
      label: measure.label,
      format: measure.format,
    })),
  ];
  const measureItems = plan.measures.map((measure) => aliased(measureValue(measure, ''), q(measure.id)));

  if (!plan.comparison) {
    const sql = renderWith(ctes, renderSelect({ items: [...keys, ...measureItems], from, orderBy, limit: plan.limit }));
    return { sql, columns, periods: { current: plan.timeRange, previous: null } };
  }

  const previousItems = plan.measures.map((measure) =>
    aliased(measureValue(measure, '_previous'), q(`${measure.id}_previous`)),
  );
  ctes.push({ name: 'measured', body: renderSelect({ items: [...keys, ...measureItems, ...previousItems], from }) });
  const which = plan.comparison.kind === 'previous_period' ? 'previous period' : 'same period last year';
  const comparisonItems = plan.measures.flatMap((measure) => {
    const now = q(measure.id);
    const before = q(`${measure.id}_previous`);
    columns.push(
      {
        name: `${measure.id}_previous`,
        role: 'comparison',
        id: measure.id,
        label: `${measure.label} (${which})`,
        format: measure.format,
        value: 'previous',
      },
      {
        name: `${measure.id}_change`,
        role: 'comparison',
        id: measure.id,
        label: `${measure.label} change`,
        format: measure.format,
        value: 'change',
      },
      {
        name: `${measure.id}_change_pct`,
        role: 'comparison',
        id: measure.id,
        label: `${measure.label} change %`,
        format: 'percent',
        value: 'change_pct',
      },
    );
    return [
      before,
      `${now} - ${before} AS ${q(`${measure.id}_change`)}`,
      // ABS keeps the sign meaningful when the earlier value was negative (a margin loss).
      `(${now} - ${before}) / NULLIF(ABS(${before}), 0) AS ${q(`${measure.id}_change_pct`)}`,
    ];
  });
  const sql = renderWith(
    ctes,
    renderSelect({
      items: [...keys, ...plan.measures.map((measure) => q(measure.id)), ...comparisonItems],
      from: 'measured',
      orderBy,
      limit: plan.limit,
    }),
  );
  return { sql, columns, periods: { current: plan.timeRange, previous: plan.comparison.period.range } };
};
