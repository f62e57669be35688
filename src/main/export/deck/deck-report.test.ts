import { afterEach, describe, expect, it } from 'vitest';
import { readDeckReports } from './deck-report';
import { addSqlReport, tempCache } from './test-reports';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((done) => done()));

describe('readDeckReports', () => {
  it('reads the latest version of each report, in the order asked', () => {
    const opened = tempCache();
    cleanups.push(opened.done);
    const { cache } = opened;
    const first = addSqlReport(cache, {
      title: 'First',
      columns: [{ name: 'n', type: 'BIGINT' }],
      rows: [[1]],
      chart: null,
    });
    const second = addSqlReport(cache, {
      title: 'Second',
      columns: [{ name: 'n', type: 'BIGINT' }],
      rows: [[2]],
      chart: { type: 'bar', x: 0, y: [0] },
      narrative: ['Said in the snapshot.'],
    });
    cache.reports.addVersion(first, {
      snapshot: { columns: [{ name: 'n', type: 'BIGINT' }], rows: [[10]], asOf: '2026-11-22T00:00:00Z' },
    });
    const picked = readDeckReports(cache, [second, first]);
    expect(picked.map((report) => [report.title, report.version])).toEqual([
      ['Second', 1],
      ['First', 2],
    ]);
    expect(picked[1]?.content).toMatchObject({ kind: 'sql', rows: [[10]], rowCount: 1, truncated: false });
    expect(picked[0]?.content).toMatchObject({ narrative: ['Said in the snapshot.'] });
    // Most recently changed first.
    expect(readDeckReports(cache, 'all').map((report) => report.title)).toEqual(['First', 'Second']);
  });

  it('takes a narrative kept in the definition, as one string or several', () => {
    const opened = tempCache();
    cleanups.push(opened.done);
    const { cache } = opened;
    const report = cache.reports.create({
      title: 'Ask answer',
      kind: 'sql',
      sourceId: 'demo',
      spec: { sql: 'SELECT 1', chart: null, narrative: 'One sentence.' },
    });
    cache.reports.addVersion(report.id, { snapshot: { columns: [], rows: [] } });
    expect(readDeckReports(cache, [report.id])[0]?.content).toMatchObject({ narrative: ['One sentence.'] });
  });
});
