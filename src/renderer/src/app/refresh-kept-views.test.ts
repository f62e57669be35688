import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { isKeptView, refreshKeptViews } from './refresh-kept-views';

describe('views kept while offline', () => {
  it('are the ones with an offline note', () => {
    expect(isKeptView({ offlineNote: 'Offline: the products as read on 24 Nov 2026 10:00 UTC' })).toBe(true);
    expect(isKeptView({ offlineNote: null })).toBe(false);
    expect(isKeptView({ notes: ['Offline: this is the forecast made on …'] })).toBe(true);
    expect(isKeptView({ notes: ['The week holding 2026-11-24 is not complete yet.'] })).toBe(false);
    expect(isKeptView(null)).toBe(false);
  });

  it('are read again when Google is back, the others are left alone', async () => {
    const client = new QueryClient();
    client.setQueryData(['explore.products', 'kept'], { offlineNote: 'Offline: …' });
    client.setQueryData(['explore.products', 'pages'], { pages: [{ offlineNote: null }, { offlineNote: 'Offline' }] });
    client.setQueryData(['forecast.run', 'paid'], {
      notes: ['From this computer’s cache of the same BigQuery forecast'],
    });
    client.setQueryData(['forecast.run', 'kept-local'], { engine: 'local', notes: ['Offline: this is the forecast'] });
    client.setQueryData(['forecast.run', 'kept-bigquery'], {
      engine: 'bigquery_timesfm',
      notes: ['Offline: this is the forecast'],
    });
    client.setQueryData(['forecast.estimate', 'offline'], { bytesProcessed: 0, costUsd: 0, note: 'Offline: …' });
    await refreshKeptViews(client);
    expect(client.getQueryState(['forecast.run', 'kept-local'])?.isInvalidated).toBe(true);
    // A BigQuery forecast costs money: it waits for the person, with a fresh estimate.
    expect(client.getQueryState(['forecast.run', 'kept-bigquery'])?.isInvalidated).toBe(false);
    expect(client.getQueryState(['forecast.estimate', 'offline'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['explore.products', 'kept'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['explore.products', 'pages'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['forecast.run', 'paid'])?.isInvalidated).toBe(false);
  });
});
