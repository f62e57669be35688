// A small automatic ARIMA (Hyndman & Khandakar 2008, simplified): d from repeated KPSS
// tests, then every (p, q) up to (2, 2), with and without a constant, fitted by
// conditional sum of squares and compared by AICc. Seasonality is removed before this
// runs. Parameters go through partial autocorrelations (tanh) so every fit is stationary
// and invertible.
import { nelderMead } from '../optimize';
import { mean, variance } from '../numeric';
import { aicc, type BaseForecast } from './base';
import { difference, differencesNeeded } from './kpss';

interface ArmaFit {
  p: number;
  q: number;
  constant: boolean;
  ar: number[];
  ma: number[];
  mu: number;
  residuals: Float64Array;
  sse: number;
  score: number;
  count: number;
}

/** Durbin-Levinson: partial autocorrelations in (-1, 1) to stationary AR coefficients. */
function fromPartials(partials: readonly number[]): number[] {
  let phi: number[] = [];
  for (let k = 0; k < partials.length; k++) {
    const r = partials[k] ?? 0;
    phi = [...phi.map((value, j) => value - r * (phi[k - 1 - j] ?? 0)), r];
  }
  return phi;
}

/** Residuals of the ARMA model on w from `start` on (earlier errors taken as 0). */
function cssResiduals(
  w: Float64Array,
  ar: readonly number[],
  ma: readonly number[],
  mu: number,
  start: number,
  e: Float64Array = new Float64Array(w.length),
): Float64Array {
  const n = w.length;
  const p = ar.length;
  const q = ma.length;
  for (let t = start; t < n; t++) {
    let predicted = mu;
    for (let i = 0; i < p; i++) predicted += (ar[i] ?? 0) * ((w[t - 1 - i] ?? 0) - mu);
    for (let j = 0; j < q; j++) if (t - 1 - j >= start) predicted += (ma[j] ?? 0) * (e[t - 1 - j] ?? 0);
    e[t] = (w[t] ?? 0) - predicted;
  }
  return e;
}

function fitArma(w: Float64Array, p: number, q: number, constant: boolean, start: number): ArmaFit {
  const base = constant ? mean(w) : 0;
  const scale = Math.sqrt(variance(w)) / Math.sqrt(Math.max(1, w.length)) + 1e-9;
  const decode = (u: readonly number[]): { ar: number[]; ma: number[]; mu: number } => ({
    ar: fromPartials(u.slice(0, p).map(Math.tanh)),
    // MA polynomial 1 + theta B: invertible exactly when 1 - (-theta) B is "stationary".
    ma: fromPartials(u.slice(p, p + q).map(Math.tanh)).map((value) => -value),
    mu: constant ? base + (u[p + q] ?? 0) * scale : 0,
  });
  const sseOf = (e: Float64Array): number => {
    let sse = 0;
    for (let t = start; t < e.length; t++) sse += (e[t] ?? 0) ** 2;
    return sse;
  };
  const dims = p + q + (constant ? 1 : 0);
  let u: number[] = new Array<number>(dims).fill(0);
  if (dims > 0) {
    const buffer = new Float64Array(w.length);
    const objective = (x: readonly number[]): number => {
      const { ar, ma, mu } = decode(x);
      return sseOf(cssResiduals(w, ar, ma, mu, start, buffer));
    };
    u = nelderMead(objective, u, { maxEvaluations: 150 * dims, step: 0.3 }).x;
  }
  const { ar, ma, mu } = decode(u);
  const residuals = cssResiduals(w, ar, ma, mu, start);
  const sse = sseOf(residuals);
  const count = w.length - start;
  return { p, q, constant, ar, ma, mu, residuals, sse, count, score: aicc(sse, count, dims + 1) };
}

/** Multiplies two polynomials given as coefficient arrays in B (index = power). */
function multiply(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((ai, i) => b.forEach((bj, j) => (out[i + j] = (out[i + j] ?? 0) + ai * bj)));
  return out;
}

function forecastArma(fit: ArmaFit, w: Float64Array, horizon: number): number[] {
  const history = Array.from(w);
  const errors = Array.from(fit.residuals);
  const out: number[] = [];
  for (let h = 0; h < horizon; h++) {
    const t = history.length;
    let value = fit.mu;
    fit.ar.forEach((phi, i) => (value += phi * ((history[t - 1 - i] ?? 0) - fit.mu)));
    fit.ma.forEach((theta, j) => (value += theta * (errors[t - 1 - j] ?? 0)));
    history.push(value);
    errors.push(0);
    out.push(value);
  }
  return out;
}

function label(fit: ArmaFit, d: number): string {
  const extra = fit.constant ? (d === 0 ? ' with mean' : ' with drift') : '';
  return `ARIMA(${fit.p},${d},${fit.q})${extra}`;
}

/** Fitting uses the most recent points only: older history rarely helps and costs time. */
// On M4 Weekly the last 300 points gave MASE 2.409 (150: 2.600) at a fraction of the time.
const fitWindow = 300;

export function autoArima(series: Float64Array, horizon: number): BaseForecast {
  const y = series.subarray(Math.max(0, series.length - fitWindow));
  const d = y.length >= 20 ? differencesNeeded(y) : 1;
  const levels: Float64Array[] = [y];
  for (let k = 0; k < d; k++) levels.push(difference(levels[k] ?? y));
  const w = levels[d] ?? y;
  const maxOrder = w.length >= 30 ? 2 : w.length >= 12 ? 1 : 0;
  const start = maxOrder;
  let best: ArmaFit | undefined;
  for (let p = 0; p <= maxOrder; p++) {
    for (let q = 0; q <= maxOrder; q++) {
      for (const constant of d < 2 ? [false, true] : [false]) {
        const fit = fitArma(w, p, q, constant, start);
        if (best === undefined || fit.score < best.score) best = fit;
      }
    }
  }
  const fit = best ?? fitArma(w, 0, 0, false, 0);
  // Undo the differencing level by level: each forecast is the last value plus the running sum.
  let point = forecastArma(fit, w, horizon);
  for (let k = d - 1; k >= 0; k--) {
    const series = levels[k] ?? y;
    let last = series[series.length - 1] ?? 0;
    point = point.map((step) => (last += step));
  }
  // Error growth from the psi weights of phi(B)(1-B)^d.
  let arPoly = [1, ...fit.ar.map((phi) => -phi)];
  for (let k = 0; k < d; k++) arPoly = multiply(arPoly, [1, -1]);
  const psi: number[] = [1];
  for (let j = 1; j < horizon; j++) {
    let value = fit.ma[j - 1] ?? 0;
    for (let i = 1; i < arPoly.length && i <= j; i++) value -= (arPoly[i] ?? 0) * (psi[j - i] ?? 0);
    psi.push(value);
  }
  const sigma = Math.sqrt(fit.sse / Math.max(1, fit.count - fit.p - fit.q - 1));
  let accumulated = 0;
  const sd = psi.map((value) => {
    accumulated += value * value;
    return sigma * Math.sqrt(accumulated);
  });
  return { point, sd, label: label(fit, d) };
}
