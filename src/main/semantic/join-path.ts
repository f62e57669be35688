import type { JoinDef, SemanticModel } from './model';

/**
 * For every table reachable from `root` by many-to-one joins, the joins that lead there
 * (shortest path; the first join listed in the model wins a tie). Walking joins only in the
 * many-to-one direction is what keeps fact rows from multiplying.
 */
export const joinPaths = (model: SemanticModel, root: string): ReadonlyMap<string, readonly JoinDef[]> => {
  const paths = new Map<string, JoinDef[]>([[root, []]]);
  const queue = [root];
  for (let table = queue.shift(); table !== undefined; table = queue.shift()) {
    const path = paths.get(table) ?? [];
    for (const join of model.joins) {
      if (join.from !== table || paths.has(join.to)) continue;
      paths.set(join.to, [...path, join]);
      queue.push(join.to);
    }
  }
  return paths;
};

/** The joins needed to reach `tables`, each after the join that brings in its `from` table. */
export const joinsFor = (paths: ReadonlyMap<string, readonly JoinDef[]>, tables: Iterable<string>): JoinDef[] => {
  const needed = new Set<JoinDef>();
  for (const table of tables) for (const join of paths.get(table) ?? []) needed.add(join);
  const depth = (join: JoinDef): number => paths.get(join.to)?.length ?? 0;
  return [...needed].sort((a, b) => depth(a) - depth(b));
};
