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

/** Ordinary least squares of y on the columns produced by `features(t)` for the given rows. */
export function leastSquares(
  rows: readonly number[],
  y: ArrayLike<number>,
  features: (t: number) => number[],
): number[] {
  const first = features(0);
  const k = first.length;
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  for (const t of rows) {
    const x = features(t);
    const value = y[t] ?? 0;
    for (let i = 0; i < k; i++) {
      const xi = x[i] ?? 0;
      xty[i] = (xty[i] ?? 0) + xi * value;
      const row = xtx[i];
      if (row === undefined) continue;
      for (let j = 0; j < k; j++) row[j] = (row[j] ?? 0) + xi * (x[j] ?? 0);
    }
  }
  // A tiny ridge keeps nearly collinear harmonics solvable.
  xtx.forEach((row, i) => (row[i] = (row[i] ?? 0) + 1e-9));
  return solve(xtx, xty);
}
