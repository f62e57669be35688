import { z } from 'zod';
import type { JobProgress, MethodOutput, MethodParsedInput } from '../../shared/contract';
import { ForecastRequest } from '../../shared/contract/forecast';
import type { ReportSummary } from '../../shared/contract/reports';
import { ExploreReportSpec } from '../../shared/reports/explore-report-spec';
import { previewSnapshot } from '../../shared/reports/preview-snapshot';
import type { Cache } from '../cache';
import type { JsonValue } from '../cache/json-column';
import type { Report, ReportVersion } from '../cache/report-store';
import { AisleError } from '../core/aisle-error';
import type { ExploreService } from '../explore/explore-service';
import type { ForecastService } from '../forecast/forecast-service';
import type { QueryRunner } from '../query/query-runner';
import type { SourceRegistry } from '../sources/source-registry';
import { compareSnapshots, tableOf } from './compare-versions';
import { writeTableFile } from '../export/export-result';
import { resultSnapshot } from './pin-report';

export interface ReportServiceOptions {
  cache: Cache;
  dataDir: string;
  sources: Pick<SourceRegistry, 'find'>;
  queries: Pick<QueryRunner, 'run'>;
  forecasts: Pick<ForecastService, 'run'>;
  /** Explorer-view reports (kind `explore`) refresh by reading their grid view again. */
  explore: Pick<ExploreService, 'viewSnapshot'>;
  /** Whether Google is reachable: BigQuery reports refresh only online. */
  online: () => boolean;
  onProgress?: (progress: JobProgress) => void;
}

const SqlSpec = z.object({ sql: z.string().min(1) }).loose();
const ForecastSpec = z.object({ request: ForecastRequest }).loose();
const AsOf = z.object({ asOf: z.string() }).loose();
const ForecastAsOf = z.object({ forecast: z.object({ asOf: z.string() }).loose() }).loose();

/** Reports the library lists at most (newest changed first): a library, not an archive. */
const LIBRARY_LIMIT = 2_000;

const Truncated = z.object({ truncated: z.boolean() }).loose();
const tableTruncated = (snapshot: JsonValue): boolean => Truncated.safeParse(snapshot).data?.truncated === true;

const asOfOf = (version: ReportVersion | undefined): string | null => {
  if (!version) return null;
  const table = AsOf.safeParse(version.snapshot);
  if (table.success) return table.data.asOf;
  const forecast = ForecastAsOf.safeParse(version.snapshot);
  return forecast.success ? forecast.data.forecast.asOf : version.createdAt;
};

/**
 * The report library: list, open, re-run and compare saved reports. A refresh keeps every
 * earlier version; a report on BigQuery refreshes only when Google is reachable, and says so.
 */
export class ReportService {
  readonly #options: ReportServiceOptions;

  constructor(options: ReportServiceOptions) {
    this.#options = options;
  }

  #summary(report: Report, versions: readonly ReportVersion[]): ReportSummary {
    return {
      id: report.id,
      title: report.title,
      kind: report.kind,
      sourceId: report.sourceId,
      tags: report.tags,
      createdAt: report.createdAt,
      updatedAt: report.updatedAt,
      versions: versions.length,
      asOf: asOfOf(versions.at(-1)),
    };
  }

  #require(id: string) {
    const found = this.#options.cache.reports.get(id);
    if (!found)
      throw new AisleError('not_found', 'That report no longer exists; it may have been deleted.', { field: 'id' });
    return found;
  }

  list(input: MethodParsedInput<'reports.list'>): MethodOutput<'reports.list'> {
    const all = this.#options.cache.reports.list({
      ...(input.search.trim() === '' ? {} : { search: input.search }),
      ...(input.kind === undefined ? {} : { kind: input.kind }),
      ...(input.sourceId === undefined ? {} : { sourceId: input.sourceId }),
      limit: LIBRARY_LIMIT,
    });
    const tags = new Map<string, number>();
    for (const report of all) for (const tag of report.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    const shown = input.tag === undefined ? all : all.filter((report) => report.tags.includes(input.tag ?? ''));
    const summaries = this.#options.cache.reports.versionSummaries(shown.map((report) => report.id));
    return {
      reports: shown.map((report) => ({
        id: report.id,
        title: report.title,
        kind: report.kind,
        sourceId: report.sourceId,
        tags: report.tags,
        createdAt: report.createdAt,
        updatedAt: report.updatedAt,
        versions: summaries.get(report.id)?.versions ?? 0,
        asOf: summaries.get(report.id)?.asOf ?? null,
      })),
      tags: [...tags]
        .map(([tag, count]) => ({ tag, count }))
        .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
    };
  }

  /**
   * Thumbnails for a screenful of cards: the latest version only, cut to what a thumbnail draws.
   * A report deleted meanwhile is named in `missing` rather than failing the others.
   */
  previews({ ids }: MethodParsedInput<'reports.previews'>): MethodOutput<'reports.previews'> {
    const found = this.#options.cache.reports.latestVersions(ids);
    const unique = [...new Set(ids)];
    return {
      previews: unique.flatMap((id) => {
        const entry = found.get(id);
        if (!entry) return [];
        return [
          {
            id,
            version: entry.latest?.version ?? 0,
            spec: entry.report.spec,
            snapshot: entry.latest ? previewSnapshot(entry.report.spec, entry.latest.snapshot) : null,
          },
        ];
      }),
      missing: unique.filter((id) => !found.has(id)),
    };
  }

  get({ id }: { id: string }): MethodOutput<'reports.get'> {
    const { report, versions } = this.#require(id);
    return {
      report: this.#summary(report, versions),
      spec: report.spec,
      versions: versions.map((version) => ({
        version: version.version,
        createdAt: version.createdAt,
        snapshot: version.snapshot,
      })),
    };
  }

  async refresh(input: MethodParsedInput<'reports.refresh'>): Promise<MethodOutput<'reports.refresh'>> {
    const { report, versions } = this.#require(input.id);
    const source = this.#options.sources.find(report.sourceId);
    if (source.kind === 'bigquery' && !this.#options.online()) {
      throw new AisleError(
        'unavailable',
        `You are offline, so "${report.title}" cannot be re-run on BigQuery; it keeps version ${versions.length}${
          asOfOf(versions.at(-1)) ? ` from ${asOfOf(versions.at(-1))}` : ''
        }.`,
      );
    }
    const snapshot = await this.#rerun(report, input.jobId);
    const version = this.#options.cache.reports.addVersion(report.id, snapshot);
    const updated = this.#require(report.id);
    return { report: this.#summary(updated.report, updated.versions), version: version.version };
  }

  async #rerun(report: Report, jobId: string | undefined): Promise<{ snapshot: JsonValue; resultId?: string | null }> {
    if (report.kind === 'forecast') {
      const spec = ForecastSpec.safeParse(report.spec);
      if (!spec.success) throw new AisleError('invalid_input', 'This forecast report has no request to run again.');
      // A refresh reads the data again: a BigQuery forecast skips its 12-hour result cache, and a
      // forecast kept for offline use must not come back as a new version.
      const forecast = await this.#options.forecasts.run(
        { ...spec.data.request, ...(jobId ? { jobId } : {}) },
        { refresh: true, allowKept: false },
      );
      return { snapshot: { forecast } as unknown as JsonValue };
    }
    if (report.kind === 'explore') {
      const spec = ExploreReportSpec.safeParse(report.spec);
      if (!spec.success) throw new AisleError('invalid_input', 'This explorer-view report has no view to read again.');
      const snapshot = await this.#options.explore.viewSnapshot(spec.data.view, {
        fresh: true,
        ...(jobId ? { jobId } : {}),
      });
      return { snapshot };
    }
    const spec = SqlSpec.safeParse(report.spec);
    if (!spec.success) throw new AisleError('invalid_input', `A report of kind "${report.kind}" cannot be re-run.`);
    const meta = await this.#options.queries.run({
      sourceId: report.sourceId,
      sql: spec.data.sql,
      ...(jobId ? { jobId } : {}),
    });
    if (meta.status !== 'complete') {
      throw new AisleError(
        meta.status === 'cancelled' ? 'cancelled' : 'unavailable',
        meta.error ?? 'The report could not be re-run; its earlier versions are kept.',
      );
    }
    const stored = this.#options.cache.results.get(meta.resultId);
    if (!stored)
      throw new AisleError('unavailable', 'The new result could not be kept; the earlier versions are unchanged.');
    return { snapshot: resultSnapshot(this.#options.cache, stored), resultId: stored.id };
  }

  update(input: MethodParsedInput<'reports.update'>): MethodOutput<'reports.update'> {
    this.#require(input.id);
    const report = this.#options.cache.reports.update(input.id, {
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.tags === undefined ? {} : { tags: input.tags }),
    });
    return this.#summary(report, this.#require(report.id).versions);
  }

  delete({ id }: { id: string }): MethodOutput<'reports.delete'> {
    return { deleted: this.#options.cache.reports.delete(id) };
  }

  /** One version's table as a file, from its snapshot (so it works offline and after the result is evicted). */
  async exportTable(input: MethodParsedInput<'reports.exportTable'>): Promise<MethodOutput<'reports.exportTable'>> {
    const { report, versions } = this.#require(input.id);
    const version =
      input.version === undefined ? versions.at(-1) : versions.find((candidate) => candidate.version === input.version);
    if (!version)
      throw new AisleError('not_found', `This report has no version ${input.version ?? ''}.`, { field: 'version' });
    const table = tableOf(version.snapshot);
    const outcome = await writeTableFile(
      this.#options.dataDir,
      report.title,
      input.format,
      table.columns.map((column) => column.name),
      table.rows.length,
      (offset, limit) => table.rows.slice(offset, offset + limit),
    );
    return {
      path: outcome.path,
      fileName: outcome.fileName,
      bytes: outcome.bytes,
      rows: outcome.rows,
      // The snapshot itself may hold only the first rows of the result.
      truncated: outcome.truncated || tableTruncated(version.snapshot),
    };
  }

  compare(input: MethodParsedInput<'reports.compare'>): MethodOutput<'reports.compare'> {
    const { versions } = this.#require(input.id);
    const pick = (number: number) => {
      const found = versions.find((version) => version.version === number);
      if (!found) throw new AisleError('not_found', `This report has no version ${number}.`, { field: 'before' });
      return found.snapshot;
    };
    return compareSnapshots(pick(input.before), pick(input.after));
  }
}
