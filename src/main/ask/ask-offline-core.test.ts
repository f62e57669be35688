import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogle, type FakeGoogle } from '../../../test/google-fakes/fake-google-server';
import type { MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { signedInCore } from '../../../test/google-fakes/signed-in-core';

/** Offline, a question asked before on BigQuery is answered from the kept answer, with its "as of". */
describe('Ask offline on BigQuery', () => {
  let google: FakeGoogle;
  let core: Core;
  let dataDir: string;

  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const reply = await core.router.invoke(method, input, { transport: 'http' });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };

  beforeAll(async () => {
    google = await startFakeGoogle();
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-ask-offline-'));
    core = await signedInCore(dataDir, google, { AISLE_ASK_OFFLINE: '1' });
  });

  afterAll(async () => {
    await core.stop();
    await google.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the earlier answer with its time, and says what it cannot do', async () => {
    const online = await call('ask.question', { sourceId: 'thelook', question: 'revenue by category' });
    expect(online.kind).toBe('answer');
    const jobs = google.bigquery.count('jobs.insert');

    // The test core's probe finds Google unreachable.
    expect((await call('network.recheck', {})).state).toBe('offline');
    const offline = await call('ask.question', { sourceId: 'thelook', question: 'Revenue by category?' });
    expect(offline.rows).toEqual(online.rows);
    expect(offline.asOf).toBe(online.asOf);
    expect(offline.notes[0]).toMatch(/^Offline: this is the answer from /);
    expect(google.bigquery.count('jobs.insert')).toBe(jobs);

    const reply = await core.router.invoke(
      'ask.question',
      { sourceId: 'thelook', question: 'units by country last month' },
      { transport: 'http' },
    );
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.error.message).toMatch(/You are offline, and this question has not been answered before/);
  });
});
