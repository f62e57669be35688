import type { ForecastResult } from '../../shared/contract/forecast';
import { AisleError } from '../core/aisle-error';
import { forecastMany } from '../forecast/engine';
import { defaultSeasonLength, readLongCsv, regularise, spacingOf, step } from '../forecast/long-csv';
import { createCliCore } from './cli-core';

export interface ForecastCommandOptions {
  input?: string;
  horizon: number;
  seasonLength?: number;
  level: number;
  format: 'csv' | 'json';
  measure: 'revenue' | 'units';
  by: 'total' | 'department' | 'category' | 'product' | 'region';
  grain: 'day' | 'week' | 'month';
  source: string;
  top: number;
}

interface Row {
  id: string;
  step: number;
  ds: string | number;
  forecast: number;
  lower: number;
  upper: number;
}

const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

const print = (rows: Row[], format: 'csv' | 'json', extra: Record<string, unknown>): void => {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ ...extra, rows })}\n`);
    return;
  }
  const lines = ['id,step,ds,forecast,lower,upper'];
  for (const row of rows) {
    lines.push(
      [row.id, row.step, row.ds, round(row.forecast), round(row.lower), round(row.upper)].map(csvCell).join(','),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
};

/** `aisle forecast --input FILE.csv`: every series of a long-format file (id, ds, y). */
const forecastFile = async (path: string, options: ForecastCommandOptions): Promise<void> => {
  const started = performance.now();
  const series = await readLongCsv(path);
  const prepared = series.map((entry) => {
    const spacing = spacingOf(entry.ds);
    return { entry, spacing, grid: regularise(entry, spacing) };
  });
  const outputs = await forecastMany(
    prepared.map(({ spacing, grid }) => ({
      values: grid.y,
      horizon: options.horizon,
      seasonLengths: options.seasonLength === undefined ? defaultSeasonLength(spacing) : [options.seasonLength],
      level: options.level,
    })),
    {
      onProgress: (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\rForecasting ${done}/${total} series…`);
      },
    },
  );
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const rows: Row[] = [];
  const models: Record<string, string> = {};
  const warnings: Record<string, string[]> = {};
  prepared.forEach(({ entry, spacing, grid }, index) => {
    const output = outputs[index];
    const last = grid.ds.at(-1);
    if (!output || last === undefined) return;
    models[entry.id] = output.model;
    if (output.warnings.length > 0) warnings[entry.id] = output.warnings;
    output.point.forEach((point, offset) => {
      rows.push({
        id: entry.id,
        step: offset + 1,
        ds: step(last, spacing, offset + 1),
        forecast: point,
        lower: output.lower[offset] ?? point,
        upper: output.upper[offset] ?? point,
      });
    });
  });
  print(rows, options.format, { models, warnings });
  process.stderr.write(
    `Forecast ${prepared.length} series, ${options.horizon} steps each, ${options.level}% intervals, in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
  );
};

/** `aisle forecast --measure revenue --by category`: series read from a data source. */
const forecastSource = async (options: ForecastCommandOptions): Promise<void> => {
  const core = createCliCore();
  try {
    const source = core.sources.find(options.source);
    if (source.kind === 'bigquery') await core.google.auth.restore();
    const reply = await core.router.invoke(
      'forecast.run',
      {
        sourceId: source.id,
        measure: options.measure,
        level: options.by,
        top: options.top,
        grain: options.grain,
        horizon: options.horizon,
        confidence: options.level,
      },
      { transport: 'ipc' },
    );
    if (!reply.ok)
      throw new AisleError(
        reply.error.code,
        reply.error.message,
        reply.error.field ? { field: reply.error.field } : {},
      );
    const result = reply.value as ForecastResult;
    const rows: Row[] = result.series.flatMap((series) =>
      series.forecast.map((point, index) => ({
        id: series.label,
        step: index + 1,
        ds: point.ds,
        forecast: point.point,
        lower: point.lower,
        upper: point.upper,
      })),
    );
    print(rows, options.format, {
      source: result.sourceId,
      measure: result.measure,
      grain: result.grain,
      dataThrough: result.dataThrough,
      series: result.series.map((series) => ({
        id: series.label,
        key: series.key,
        model: series.model,
        backtest: series.backtest && {
          mase: series.backtest.mase,
          smape: series.backtest.smape,
          naiveMase: series.backtest.naiveMase,
          naiveSmape: series.backtest.naiveSmape,
        },
        warnings: series.warnings,
      })),
    });
    for (const series of result.series) {
      const accuracy =
        series.backtest?.mase === null || series.backtest === null
          ? 'no backtest'
          : `backtest MASE ${series.backtest.mase.toFixed(2)} vs seasonal naive ${series.backtest.naiveMase?.toFixed(2) ?? '—'}`;
      process.stderr.write(`${series.label}: ${series.model}; ${accuracy}\n`);
    }
    process.stderr.write(`Data through ${result.dataThrough}; ${result.confidence}% intervals.\n`);
  } finally {
    await core.stop();
  }
};

export const runForecast = async (options: ForecastCommandOptions): Promise<void> => {
  if (options.input !== undefined) await forecastFile(options.input, options);
  else await forecastSource(options);
};
