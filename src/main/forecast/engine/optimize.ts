// Nelder-Mead simplex minimiser: derivative-free and small, enough for the 1-6
// smoothing or ARMA parameters the engine fits. Parameters are unconstrained; callers
// map them into their valid ranges (logistic, tanh) so the simplex never leaves them.

export interface MinimiseOptions {
  maxEvaluations?: number;
  step?: number;
  tolerance?: number;
}

export function nelderMead(
  objective: (x: readonly number[]) => number,
  start: readonly number[],
  options: MinimiseOptions = {},
): { x: number[]; value: number } {
  const dim = start.length;
  const maxEvaluations = options.maxEvaluations ?? 200 * dim;
  const step = options.step ?? 0.5;
  const tolerance = options.tolerance ?? 1e-7;
  const safe = (x: readonly number[]): number => {
    const value = objective(x);
    return Number.isFinite(value) ? value : Number.MAX_VALUE;
  };
  let simplex: { x: number[]; value: number }[] = [{ x: [...start], value: safe(start) }];
  for (let i = 0; i < dim; i++) {
    const x = [...start];
    x[i] = (x[i] ?? 0) + step;
    simplex.push({ x, value: safe(x) });
  }
  let evaluations = dim + 1;
  const combine = (a: readonly number[], b: readonly number[], t: number): number[] =>
    a.map((ai, i) => ai + t * ((b[i] ?? 0) - ai));
  while (evaluations < maxEvaluations) {
    simplex.sort((p, q) => p.value - q.value);
    const best = simplex[0];
    const worst = simplex[dim];
    const second = simplex[dim - 1];
    if (best === undefined || worst === undefined || second === undefined) break;
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + tolerance)) break;
    const centroid = new Array<number>(dim).fill(0);
    for (let k = 0; k < dim; k++) {
      const vertex = simplex[k];
      if (vertex === undefined) continue;
      for (let i = 0; i < dim; i++) centroid[i] = (centroid[i] ?? 0) + (vertex.x[i] ?? 0) / dim;
    }
    const reflected = combine(centroid, worst.x, -1);
    const reflectedValue = safe(reflected);
    evaluations++;
    if (reflectedValue < best.value) {
      const expanded = combine(centroid, worst.x, -2);
      const expandedValue = safe(expanded);
      evaluations++;
      simplex[dim] =
        expandedValue < reflectedValue
          ? { x: expanded, value: expandedValue }
          : { x: reflected, value: reflectedValue };
    } else if (reflectedValue < second.value) {
      simplex[dim] = { x: reflected, value: reflectedValue };
    } else {
      const outside = reflectedValue < worst.value;
      const contracted = combine(centroid, worst.x, outside ? -0.5 : 0.5);
      const contractedValue = safe(contracted);
      evaluations++;
      if (contractedValue < Math.min(reflectedValue, worst.value)) {
        simplex[dim] = { x: contracted, value: contractedValue };
      } else {
        simplex = simplex.map((vertex, k) => {
          if (k === 0) return vertex;
          const x = combine(best.x, vertex.x, 0.5);
          evaluations++;
          return { x, value: safe(x) };
        });
      }
    }
  }
  simplex.sort((p, q) => p.value - q.value);
  const best = simplex[0] ?? { x: [...start], value: safe(start) };
  return { x: best.x, value: best.value };
}

/** Maps an unconstrained number into (lo, hi). */
export function squash(u: number, lo: number, hi: number): number {
  return lo + (hi - lo) / (1 + Math.exp(-u));
}

/** Inverse of `squash`. */
export function unsquash(v: number, lo: number, hi: number): number {
  const p = Math.min(Math.max((v - lo) / (hi - lo), 1e-6), 1 - 1e-6);
  return Math.log(p / (1 - p));
}
