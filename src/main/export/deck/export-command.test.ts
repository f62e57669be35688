import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDeckFile, parseReportSelection } from '../../cli/export-command';
import { writeDeckToExports } from './deck-file';
import { openDeck, seriesOf } from './test-pptx';
import { addForecastReport, addSqlReport, sampleForecast, tempCache } from './test-reports';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((done) => done()));

const setup = () => {
  const opened = tempCache();
  cleanups.push(opened.done);
  return opened;
};

const failure = async (promise: Promise<unknown>): Promise<{ code?: string; message: string }> => {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a failure');
};

describe('aisle export', () => {
  it('parses `all` and comma-separated ids', () => {
    expect(parseReportSelection('all')).toBe('all');
    expect(parseReportSelection(' ALL ')).toBe('all');
    expect(parseReportSelection('a, b,,c ')).toEqual(['a', 'b', 'c']);
    expect(() => parseReportSelection(' , ')).toThrow(/--reports all/);
  });

  it('writes a deck of every report, atomically, and counts its slides', async () => {
    const { cache, dir } = setup();
    const sales = addSqlReport(cache, {
      title: 'Revenue by region',
      columns: [
        { name: 'region', type: 'VARCHAR' },
        { name: 'revenue', type: 'DOUBLE' },
      ],
      rows: [
        ['North', 10],
        ['South', 20],
      ],
      chart: { type: 'bar', x: 0, y: [1] },
    });
    addForecastReport(cache, 'Next weeks', sampleForecast());
    const out = join(dir, 'out');
    mkdirSync(out);
    const outcome = await exportDeckFile(cache, {
      reports: 'all',
      file: join(out, 'review'),
      title: 'Monday review',
      sourceNames: { demo: 'Demo store' },
      now: new Date('2026-11-24T09:00:00Z'),
    });
    expect(outcome).toEqual({ path: join(out, 'review.pptx'), slides: 3, reports: 2 });
    expect(readdirSync(out)).toEqual(['review.pptx']);
    const deck = await openDeck(readFileSync(outcome.path));
    expect(deck.slideCount).toBe(3);
    expect(await deck.slideText(1)).toContain('Monday review');
    // Most recently changed first: the forecast was stored last.
    expect(await deck.slideText(2)).toContain('Next weeks');
    expect(seriesOf((await deck.chartOf(3))!.xml)).toMatchObject([
      { categories: ['North', 'South'], values: [10, 20] },
    ]);

    const one = await exportDeckFile(cache, { reports: [sales], file: join(out, 'one.pptx') });
    expect(one.slides).toBe(2);
  });

  it('names the reports that exist when an id is unknown', async () => {
    const { cache, dir } = setup();
    const id = addSqlReport(cache, {
      title: 'Revenue by region',
      columns: [{ name: 'n', type: 'BIGINT' }],
      rows: [[1]],
      chart: null,
    });
    const error = await failure(exportDeckFile(cache, { reports: [id, 'nope'], file: join(dir, 'x.pptx') }));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('No report has the id "nope"');
    expect(error.message).toContain(`${id}  Revenue by region`);
    expect(existsSync(join(dir, 'x.pptx'))).toBe(false);
  });

  it('says how to make a report when there are none', async () => {
    const { cache, dir } = setup();
    const error = await failure(exportDeckFile(cache, { reports: 'all', file: join(dir, 'x.pptx') }));
    expect(error.message).toContain('There are no reports to export yet');
    const unknown = await failure(exportDeckFile(cache, { reports: ['abc'], file: join(dir, 'x.pptx') }));
    expect(unknown.message).toContain('There are no reports yet');
  });

  it('refuses a folder that does not exist', async () => {
    const { cache, dir } = setup();
    const error = await failure(exportDeckFile(cache, { reports: 'all', file: join(dir, 'missing', 'x.pptx') }));
    expect(error.message).toContain('does not exist');
  });

  it('writes the app’s deck (reports.deck) into the data folder’s exports', async () => {
    const { cache, dir } = setup();
    const id = addForecastReport(cache, 'Next weeks', sampleForecast());
    const outcome = await writeDeckToExports(cache, dir, {
      ids: [id],
      title: 'Q4 plan: womenswear',
      now: new Date('2026-11-24T09:30:00.000Z'),
    });
    expect(outcome).toMatchObject({
      path: join(dir, 'exports', 'Q4-plan-womenswear-2026-11-24T09-30-00.pptx'),
      fileName: 'Q4-plan-womenswear-2026-11-24T09-30-00.pptx',
      slides: 2,
    });
    expect(readFileSync(outcome.path).length).toBe(outcome.bytes);
    expect(readdirSync(join(dir, 'exports'))).toEqual([outcome.fileName]);
  });
});
