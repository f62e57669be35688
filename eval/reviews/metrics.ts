/** Ranks 1..n with ties given their average rank (what Spearman's rho needs). */
export const averageRanks = (values: readonly number[]): number[] => {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[order[k]?.index ?? 0] = rank;
    start = end + 1;
  }
  return ranks;
};

const pearson = (xs: readonly number[], ys: readonly number[]): number => {
  const n = xs.length;
  const mean = (list: readonly number[]): number => list.reduce((sum, value) => sum + value, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
};

/** Spearman's rho: Pearson correlation of average ranks (correct with ties). */
export const spearman = (xs: readonly number[], ys: readonly number[]): number =>
  pearson(averageRanks(xs), averageRanks(ys));

/** ROC AUC of scores against 0/1 labels (Mann-Whitney U with average ranks; ties count half). */
export const rocAuc = (scores: readonly number[], labels: readonly number[]): number => {
  const ranks = averageRanks(scores);
  let positives = 0;
  let rankSum = 0;
  labels.forEach((label, index) => {
    if (label === 1) {
      positives += 1;
      rankSum += ranks[index] ?? 0;
    }
  });
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
};
