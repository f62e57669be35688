// Run by crash-safety.test.ts in a child process: writes results until it is killed.
// stdout protocol, one line per event, each printed only after its data has committed:
//   begin <seed> <id>   the result row exists (status running)
//   page <seed> <rows>  a page committed; <rows> rows of this result are stored
//   done <seed> <id>    the result is complete
import { createStderrLog } from '../../core/logger';
import { openCache } from '../open-cache';
import { CRASH_CHUNK, CRASH_PAGE_SIZE, crashRowCount } from './crash-plan';
import { sampleColumns, sampleRows } from './sample-rows';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: crash-writer <cache file>');

const { cache } = openCache(path, createStderrLog('crash-writer'), { pageSize: CRASH_PAGE_SIZE });
// Pipes are written synchronously on Linux and macOS, so a printed line really left the process.
const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

for (let seed = 0; ; seed += 1) {
  const writer = cache.results.begin({ sourceId: 'crash', sql: `SELECT ${seed}`, columns: sampleColumns });
  say(`begin ${seed} ${writer.id}`);
  const total = crashRowCount(seed);
  for (let start = 0; start < total; start += CRASH_CHUNK) {
    writer.append(sampleRows(seed, Math.min(CRASH_CHUNK, total - start), start));
    if (writer.rowCount % CRASH_PAGE_SIZE === 0) say(`page ${seed} ${writer.rowCount}`);
  }
  writer.finish();
  say(`done ${seed} ${writer.id}`);
}
