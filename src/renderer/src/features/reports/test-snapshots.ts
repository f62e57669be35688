/** Snapshots as main stores them, for the reports tests. */
export const forecastSnapshot = () => ({
  forecast: {
    sourceId: 'demo',
    measure: 'revenue',
    level: 'total',
    grain: 'week',
    horizon: 2,
    confidence: 95,
    engine: 'local',
    series: [
      {
        key: 'total',
        label: 'Total',
        history: [
          { ds: '2026-11-02', y: 100 },
          { ds: '2026-11-09', y: 80 },
          { ds: '2026-11-16', y: 120 },
        ],
        forecast: [
          { ds: '2026-11-23', point: 110, lower: 90, upper: 130 },
          { ds: '2026-11-30', point: 115, lower: 85, upper: 145 },
        ],
        backtest: null,
        model: 'ETS',
        warnings: [],
      },
    ],
    events: [],
    dataThrough: '2026-11-22',
    asOf: '2026-11-20T08:00:00.000Z',
    bytesProcessed: 1_048_576,
    costUsd: 0.005,
    notes: [],
    elapsedMs: 40,
  },
});
