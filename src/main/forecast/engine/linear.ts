// Least squares by normal equations and Gaussian elimination: the engine's regressions
// have at most a few dozen columns, so nothing heavier is needed.

/** Solves A x = b in place-safe fashion (A is n x n, row-major); zeros when singular. */
export function solve(matrix: readonly number[][], rhs: readonly number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = row;
    }
    const pivotRow = a[pivot] ?? [];
    a[pivot] = a[col] ?? [];
    a[col] = pivotRow;
    const diagonal = pivotRow[col] ?? 0;
    if (Math.abs(diagonal) < 1e-12) continue;
    for (let row = 0; row < n; row++) {
      const target = a[row];
      if (row === col || target === undefined) continue;
      const factor = (target[col] ?? 0) / diagonal;
      if (factor === 0) continue;
      for (let k = col; k <= n; k++) target[k] = (target[k] ?? 0) - factor * (pivotRow[k] ?? 0);
    }
  }
  return a.map((row, i) => {
    const diagonal = row[i] ?? 0;
    return Math.abs(diagonal) < 1e-12 ? 0 : (row[n] ?? 0) / diagonal;
  });
}

export interface NormalEquations {
  xtx: number[][];
  xty: number[];
  yty: number;
  count: number;
}

/** X'X, X'y and y'y for the given rows; a leading block of them is the fit on fewer columns. */
export function normalEquations(
  rows: readonly number[],
  y: ArrayLike<number>,
  features: (t: number) => number[],
): NormalEquations {
  const k = features(0).length;
  // Upper triangle in a flat typed array (the hot loop), mirrored into rows at the end.
  const upper = new Float64Array(k * k);
  const xty = new Float64Array(k);
  let yty = 0;
  for (const t of rows) {
    const x = features(t);
    const value = y[t] ?? 0;
    yty += value * value;
    for (let i = 0; i < k; i++) {
      const xi = x[i] ?? 0;
      xty[i] = (xty[i] ?? 0) + xi * value;
      const base = i * k;
      for (let j = i; j < k; j++) upper[base + j] = (upper[base + j] ?? 0) + xi * (x[j] ?? 0);
    }
  }
  const xtx = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (j >= i ? (upper[i * k + j] ?? 0) : (upper[j * k + i] ?? 0))),
  );
  return { xtx, xty: Array.from(xty), yty, count: rows.length };
}

/** Coefficients and residual sum of squares using only the first `columns` columns. */
export function solvePrefix(equations: NormalEquations, columns: number): { coefficients: number[]; rss: number } {
  // A tiny ridge keeps nearly collinear harmonics solvable.
  const xtx = equations.xtx
    .slice(0, columns)
    .map((row, i) => row.slice(0, columns).map((v, j) => (i === j ? v + 1e-9 : v)));
  const xty = equations.xty.slice(0, columns);
  const coefficients = solve(xtx, xty);
  const explained = coefficients.reduce((total, b, i) => total + b * (xty[i] ?? 0), 0);
  return { coefficients, rss: Math.max(0, equations.yty - explained) };
}
