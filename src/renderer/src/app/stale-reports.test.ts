import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../../shared/contract/reports';
import { staleReports } from './stale-reports';

const report = (id: string, sourceId: string, asOf: string | null): ReportSummary => ({
  id,
  title: id,
  kind: 'sql',
  sourceId,
  tags: [],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  versions: 1,
  asOf,
});

describe('stale reports', () => {
  it('offers BigQuery reports read more than a day ago, oldest first', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    const reports = [
      report('fresh', 'bq:p.d', '2026-11-25T08:00:00Z'),
      report('old', 'bq:p.d', '2026-11-20T08:00:00Z'),
      report('older', 'thelook', '2026-11-10T08:00:00Z'),
      report('local', 'demo', '2026-11-01T08:00:00Z'),
      report('never', 'bq:p.d', null),
      { ...report('forecast', 'bq:p.d', '2026-11-01T08:00:00Z'), kind: 'forecast' },
    ];
    expect(staleReports(reports, new Set(['bq:p.d', 'thelook']), now).map((item) => item.id)).toEqual([
      'never',
      'older',
      'old',
    ]);
  });
});
