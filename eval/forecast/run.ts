// `npm run eval:forecast [-- --quick] [-- --methods a,b] [-- --seasons none] [-- --no-daily]
// [-- --no-demo]`: the engine on M4 Weekly (359 series, h = 13) next to the published
// results, then daily series: synthetic, Online Retail and the generated demo store.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadM4Weekly } from './m4';
import { scoreMethod, type MethodScore } from './score';
import { runDailyEval } from './daily';
import { loadDemoStoreDaily } from './demo-store';
import { scoreHoldout } from './holdout';
import { loadOnlineRetailDaily } from './online-retail';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const m4Folder = join(repoRoot, '..', 'shared', 'data', 'm4');
const onlineRetailPath = join(repoRoot, '..', 'shared', 'data', 'online-retail', 'online-retail.csv.gz');

const published: readonly { method: string; mase: number; smape: number; msis?: number }[] = [
  { method: 'seasonal naive', mase: 2.777, smape: 9.161, msis: 26.6 },
  { method: 'Theta', mase: 2.637, smape: 9.093 },
  { method: 'AutoETS', mase: 2.55, smape: 8.7, msis: 21.5 },
  { method: 'AutoARIMA', mase: 2.36, smape: 9.0, msis: 18.0 },
  { method: 'M4 winner (ES-RNN)', mase: 2.356, smape: 7.817 },
  { method: 'TimesFM 2.0', mase: 2.222, smape: 7.08 },
  { method: 'TimesFM 2.5', mase: 2.002, smape: 6.21, msis: 15.6 },
];

const goals = { mase: 2.36, msis: 18 };

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function row(cells: readonly string[]): string {
  const widths = [34, 8, 8, 8, 9, 9];
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 10) : cell.padStart(widths[i] ?? 10))).join(' ');
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const methods = (
    option('--methods') ?? 'naive,seasonal-naive,naive-sa,ets,damped,theta,arima,ets-theta,combo-plain,combo,auto'
  ).split(',');
  const seasonLengths = (option('--seasons') ?? '52')
    .split(',')
    .filter((s) => s !== '' && s !== 'none')
    .map(Number);
  const loaded = loadM4Weekly(m4Folder);
  if ('reason' in loaded) {
    console.log(`Skipping M4: ${loaded.reason}`);
  } else {
    const series = quick ? loaded.series.slice(0, 60) : loaded.series;
    console.log(
      `M4 Weekly: ${series.length} series, horizon 13, seasonLengths [${seasonLengths.join(', ')}], 95% intervals${quick ? ' (quick: first 60)' : ''}`,
    );
    console.log(row(['method', 'MASE', 'sMAPE', 'MSIS', 'coverage', 'seconds']));
    const scores: MethodScore[] = [];
    for (const method of methods) {
      const score = scoreMethod(method, series, { seasonLengths });
      scores.push(score);
      console.log(
        row([
          `engine: ${method}`,
          score.mase.toFixed(3),
          score.smape.toFixed(3),
          score.msis.toFixed(2),
          `${(score.coverage * 100).toFixed(1)}%`,
          score.seconds.toFixed(1),
        ]),
      );
    }
    if (!quick) {
      for (const p of published) {
        console.log(
          row([`published: ${p.method}`, p.mase.toFixed(3), p.smape.toFixed(3), p.msis?.toFixed(1) ?? '', '', '']),
        );
      }
    }
    const naive = scores.find((s) => s.method === 'naive');
    if (naive !== undefined && !quick) {
      const reproduced = naive.mase.toFixed(3) === '2.777' && naive.smape.toFixed(3) === '9.161';
      console.log(
        `Scoring check: engine naive ${naive.mase.toFixed(3)} / ${naive.smape.toFixed(3)} ${reproduced ? 'reproduces' : 'DOES NOT reproduce'} the published seasonal naive (m = 1) 2.777 / 9.161.`,
      );
    }
    const auto = scores.find((s) => s.method === 'auto');
    if (auto !== undefined) {
      const maseMet = auto.mase <= goals.mase;
      const msisMet = auto.msis <= goals.msis;
      console.log(
        `Goals for auto: MASE ${auto.mase.toFixed(3)} <= ${goals.mase}: ${maseMet ? 'met' : 'NOT met'}; MSIS ${auto.msis.toFixed(2)} <= ${goals.msis}: ${msisMet ? 'met' : 'NOT met'}${quick ? ' (quick subset: not comparable)' : ''}.`,
      );
    }
  }
  if (process.argv.includes('--no-daily')) return;
  runDailyEval(100, 'auto');
  runDailyEval(100, 'mstl-ets');
  const retail = loadOnlineRetailDaily(onlineRetailPath);
  if ('reason' in retail) console.log(`\nSkipping Online Retail: ${retail.reason}`);
  else scoreHoldout('Online Retail (all units + top 30 stock codes)', retail.series, [7, 365]);
  if (!process.argv.includes('--no-demo')) {
    scoreHoldout('Demo store (all + each category, scale 0.2)', await loadDemoStoreDaily(0.2), [7, 365]);
  }
}

await main();
