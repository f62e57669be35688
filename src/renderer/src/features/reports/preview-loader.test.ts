import { describe, expect, it } from 'vitest';
import type { ReportPreview } from '../../../../shared/contract/reports';
import { createPreviewLoader } from './preview-loader';

const preview = (id: string): ReportPreview => ({ id, version: 1, spec: { sql: 'x', chart: null }, snapshot: null });

describe('createPreviewLoader', () => {
  it('asks once for the cards that arrive together, at most a batch per call', async () => {
    const calls: string[][] = [];
    const loader = createPreviewLoader((ids) => {
      calls.push(ids);
      return Promise.resolve({ previews: ids.filter((id) => id !== 'gone').map(preview), missing: ['gone'] });
    }, 1);
    const ids = Array.from({ length: 140 }, (_, index) => `r${index}`);
    const loaded = await Promise.all([...ids, 'r0', 'gone'].map((id) => loader.load(id)));
    // 141 different ids: a full batch of 100, then the rest; the repeated id is asked for once.
    expect(calls.map((call) => call.length)).toEqual([100, 41]);
    expect(loaded[0]).toEqual(preview('r0'));
    expect(loaded[140]).toEqual(preview('r0'));
    expect(loaded.at(-1)).toBeNull();

    // A card arriving later makes its own call.
    await expect(loader.load('late')).resolves.toEqual(preview('late'));
    expect(calls).toHaveLength(3);
  });

  it('fails every card of a failed call', async () => {
    const loader = createPreviewLoader(() => Promise.reject(new Error('Aisle stopped.')), 1);
    const results = await Promise.allSettled([loader.load('a'), loader.load('b')]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
